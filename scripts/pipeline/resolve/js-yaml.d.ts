// The slice of js-yaml 4 that the YAML readers use. js-yaml is a declared dependency (package.json) and
// ships no types; these declarations cover only what the project calls.
declare module "js-yaml" {
  export interface Mark {
    name: string | null;
    line: number;
    column: number;
  }
  export class YAMLException extends Error {
    reason: string;
    mark: Mark | undefined;
  }
  export interface Schema {
    readonly __schema: unique symbol;
  }
  /** js-yaml 4's default: YAML 1.2 core types plus timestamps, merge keys, binary and sets. It has no JS-executing types. */
  export const DEFAULT_SCHEMA: Schema;
  export const CORE_SCHEMA: Schema;
  export const JSON_SCHEMA: Schema;
  export function load(text: string, options?: { filename?: string; schema?: Schema; json?: boolean }): unknown;
}
