// Usage: node validate.mjs <schema.json> <folder of .json documents>
// Compiles the schema with Ajv in strict mode (unknown keywords, union types and loose
// "required" are errors), validates every document, prints one line per document
// ("ok <file>" or "invalid <file> <errors>") and exits 1 when any is invalid, 2 on a bad schema.
import Ajv from "ajv";
import fs from "node:fs";
import path from "node:path";

const [schemaPath, folder] = process.argv.slice(2);
let validate;
try {
  const ajv = new Ajv({ strict: true, allErrors: true });
  validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
} catch (error) {
  console.log(`schema-error ${error.message}`);
  process.exit(2);
}

let invalid = 0;
for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
  const document = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
  if (validate(document)) {
    console.log(`ok ${file}`);
  } else {
    invalid++;
    const errors = validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
    console.log(`invalid ${file} ${errors}`);
  }
}
process.exit(invalid === 0 ? 0 : 1);
