// YAML data files are embedded by the build (scripts/yaml-plugin.mjs); their shape is typed where they are read.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
