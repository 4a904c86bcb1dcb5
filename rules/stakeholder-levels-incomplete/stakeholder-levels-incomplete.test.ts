// Runs stakeholder-levels-incomplete's cases.
import rule from './index';
import { cases } from './cases';
import { testRule } from '../../test/util/rule-tester';

testRule(rule, cases);
