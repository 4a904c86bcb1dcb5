// The commented starting configuration `pilotlint --init` writes: every key shown, each explained where it stands.
export const INIT_CONFIG = `# yaml-language-server: $schema=https://raw.githubusercontent.com/pilotlint/pilotlint/main/schemas/pilotlintrc.schema.json
# pilotlint configuration. Files below this folder use it; a .pilotlintrc.* nearer to a file wins per setting.
# All keys are optional. Docs: https://github.com/pilotlint/pilotlint/blob/main/docs/configuration.md

# Stop looking for configuration files in the folders above this one.
root: true

# Language of messages and inserted templates: auto (follow each document), en or nb.
language: auto

# Extra Markdown files to lint as proposals, besides *.proposal.md and files whose front matter says
# "type: pilot-proposal" (or pilot-extension, scale-up). Globs are relative to this folder.
include: []
#  - "proposals/**/*.md"

# Files never to lint, even when named or matched (globs relative to this folder; a .pilotlintignore works too).
ignores: []
#  - "proposals/archive/**"

# Extra heading texts per facet id that count as that section (facets: anchoring, strategic_alignment, exit_plan,
# training, resources, values, stakeholders, success, risks, lessons).
headings: {}
#  exit_plan: ["Life after launch"]

# Severity per rule id: off, hint, info, warning or error; [severity, {options}] for rules with options.
# The rule ids and their docs: https://github.com/pilotlint/pilotlint#rules
rules: {}
#  value-tradeoffs-missing: warning
#  date-in-past: off
#  success-criterion-incomplete: [warning, { maxCriteria: 8 }]
`;
