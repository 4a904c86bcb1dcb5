// What the VS Code client and the server share: the readiness request and its result, and the config-file glob (no imports, so the client compiles it alone).

/** Custom request: the scaling readiness of one open proposal. */
export const READINESS_REQUEST = 'pilotlint/readiness';

/** The files the server reads for configuration (config-files.ts CONFIG_NAMES and .pilotlintignore); clients watch exactly these. */
export const CONFIG_GLOB = '**/{.pilotlintrc.{json,yaml,yml},.pilotlintignore}';

export interface ReadinessParams {
  textDocument: { uri: string };
}

/** A readiness facet's state, as the server computes it and the client draws it. */
export type ReadinessStatus = 'ok' | 'weak' | 'missing';

/** A finding behind a weak or missing status, placed with an LSP range (zero-based lines, UTF-16 characters). */
export interface ReadinessFinding {
  ruleId: string;
  element?: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** One of the five readiness facets, in the document's language. */
export interface ReadinessFacetEntry {
  id: string;
  label: string;
  status: ReadinessStatus;
  /** Rule ids (with `/element` where a rule names one) of the findings behind the status. */
  findings: string[];
  /** What a strong proposal holds for this facet. */
  expects: string;
  details: ReadinessFinding[];
}

/** The answer to READINESS_REQUEST; null while the document is not (yet) linted. */
export interface ReadinessResult {
  items: ReadinessFacetEntry[];
  ready: number;
  total: number;
}
