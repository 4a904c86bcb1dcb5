// What the VS Code client and the server share: the readiness request and the config-file glob (no imports, so the client compiles it alone).

/** Custom request: the scaling readiness of one open proposal. */
export const READINESS_REQUEST = 'pilotlint/readiness';

/** The files the server reads for configuration (config-files.ts CONFIG_NAMES and .pilotlintignore); clients watch exactly these. */
export const CONFIG_GLOB = '**/{.pilotlintrc.{json,yaml,yml},.pilotlintignore}';

export interface ReadinessParams {
  textDocument: { uri: string };
}
