// What the VS Code client and the server share: request names, the config-file glob and the readiness shape (no imports, so the client bundles it alone).

/** Custom request: the scaling readiness of one open proposal. */
export const READINESS_REQUEST = 'pilotlint/readiness';

/** The files the server reads for configuration (config-files.ts CONFIG_NAMES and .pilotlintignore); clients watch exactly these. */
export const CONFIG_GLOB = '**/{.pilotlintrc.{json,yaml,yml},.pilotlintignore}';

export interface ReadinessParams {
  textDocument: { uri: string };
}

export type ReadinessId = 'anchoring' | 'business_criticality' | 'exit_plan' | 'competence' | 'values';
export type ReadinessStatus = 'ok' | 'weak' | 'missing';

export interface ReadinessItem {
  id: ReadinessId;
  label: string;
  status: ReadinessStatus;
  /** Rule ids (with `/element` where a rule names one) of the findings behind a weak or missing status. */
  findings: string[];
}

export interface Readiness {
  items: ReadinessItem[];
  /** Items with status ok. */
  ready: number;
  total: number;
}
