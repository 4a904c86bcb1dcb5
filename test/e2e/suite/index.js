// Entry point that VS Code's extension host loads as extensionTestsPath (code-server and @vscode/test-electron alike).
'use strict';
const { runTests } = require('./runner');

exports.run = () => runTests(require('./pilotlint.test'));
