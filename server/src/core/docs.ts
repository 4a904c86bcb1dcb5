// The one place a rule's documentation URL is derived from its id and the released version.
import { RULE_MAP } from '../../../rules/index';
import { version } from '../../../package.json';

/** Docs of a catalogue rule at the tag of this release; undefined for engine ids that have no rule page. */
export function docsUrl(ruleId: string): string | undefined {
  if (!RULE_MAP.has(ruleId)) return undefined;
  return `https://github.com/pilotlint/pilotlint/blob/v${version}/rules/${ruleId}/README.md`;
}
