import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import ts from 'typescript';

export const CLIENT_TYPES_FILE = 'client/src/api-schema.ts';

/** The client's API types as TypeScript source, generated from the OpenAPI document and formatted as the repository is. */
export async function clientTypesSource(document: OpenAPIObject): Promise<string> {
  const nodes = await openapiTS(document as unknown as OpenAPI3, { enumValues: true, rootTypes: true, rootTypesNoSchemaPrefix: true, silent: true });
  // Value lists only for the named catalogues (`severityValues` …), not for every inline enum of every answer.
  const catalogues = new Set(
    Object.entries(document.components?.schemas ?? {})
      .filter(([, schema]) => 'enum' in schema)
      .map(([name]) => `${name[0].toLowerCase()}${name.slice(1)}Values`),
  );
  const kept = nodes.filter(
    (node) => !ts.isVariableStatement(node) || node.declarationList.declarations.every((d) => ts.isIdentifier(d.name) && catalogues.has(d.name.text)),
  );
  const header = '// Generated from the OpenAPI document by `npm run api-types`; never edited by hand (CI fails when it is stale).\n\n';
  const prettier = await resolveConfig(CLIENT_TYPES_FILE);
  return format(header + astToString(kept), { ...prettier, filepath: CLIENT_TYPES_FILE });
}
