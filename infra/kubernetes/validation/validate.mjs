// Validates every object in the given folders' *.yaml files against the Kubernetes schemas of kubernetes-models
// (offline): unknown apiVersion/kind, YAML errors and schema violations are reported, and the exit code is 1.
//   node validate.mjs <folder> [<folder> ...]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const problems = [];
let valid = 0;
for (const folder of process.argv.slice(2)) {
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".yaml")).sort()) {
    const path = join(folder, file);
    for (const document of parseAllDocuments(readFileSync(path, "utf8"))) {
      const yamlIssues = [...document.errors, ...document.warnings];
      if (yamlIssues.length > 0) {
        problems.push(...yamlIssues.map((issue) => `${path}: YAML: ${issue.message}`));
        continue;
      }
      const object = document.toJS();
      if (object === null) continue;
      const where = `${path}: ${object.kind}/${object.metadata?.name}`;
      const Model = await modelOf(object.apiVersion, object.kind);
      if (!Model) {
        problems.push(`${where}: unknown apiVersion/kind ${object.apiVersion}/${object.kind}`);
        continue;
      }
      try {
        new Model(object).validate();
        valid++;
      } catch (error) {
        problems.push(`${where}: ${error.message}`);
      }
    }
  }
}

for (const problem of problems) console.error(problem);
console.log(`${valid} objects valid, ${problems.length} problems`);
process.exit(problems.length === 0 && valid > 0 ? 0 : 1);

async function modelOf(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string") return undefined;
  try {
    // Core objects live under kubernetes-models/v1, the others under kubernetes-models/<group>/<version>.
    return (await import(`kubernetes-models/${apiVersion}`))[kind];
  } catch {
    return undefined;
  }
}
