// VS Code entry point: starts the pilotlint language server (filled in by the LSP work).
export function activate(): void {}
export function deactivate(): void {}
