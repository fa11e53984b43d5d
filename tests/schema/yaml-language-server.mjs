// Usage: node yaml-language-server.mjs <file.zapi.yaml>...
// Validates each spec file the way VS Code's YAML extension does: yaml-language-server's language
// service with the extension's defaults (YAML 1.2, validation on), the schema found through the
// file's own "# yaml-language-server: $schema=..." line, and every diagnostic it reports (schema
// problems, YAML syntax errors, warnings) counted. Prints one line per file ("ok <file>" or
// "invalid <file> <line>:<column> <message> | ...") and exits 1 when any file has a diagnostic,
// 2 when a file has no schema line (it would not be checked at all).
import yamlLanguageServer from "yaml-language-server";
import { TextDocument } from "vscode-languageserver-textdocument";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";

const { getLanguageService } = yamlLanguageServer;

const service = getLanguageService({
  // The schema line names a file relative to the spec; read it from disk like the editor does.
  schemaRequestService: async (uri) => fs.readFileSync(fileURLToPath(uri), "utf8"),
  workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
});
service.configure({ validate: true, hover: false, completion: false, format: false, yamlVersion: "1.2", customTags: [] });

let invalid = 0;
let unchecked = 0;
for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, "utf8");
  const name = path.relative(process.cwd(), file);
  if (!/^# yaml-language-server: \$schema=/m.test(text)) {
    unchecked++;
    console.log(`unchecked ${name} has no "# yaml-language-server: $schema=" line`);
    continue;
  }

  const document = TextDocument.create(pathToFileURL(path.resolve(file)).toString(), "yaml", 1, text);
  const diagnostics = await service.doValidation(document, false);
  if (diagnostics.length === 0) {
    console.log(`ok ${name}`);
  } else {
    invalid++;
    const problems = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message.replace(/\s+/g, " ")}`);
    console.log(`invalid ${name} ${diagnostics.length} ${problems.join(" | ")}`);
  }
}

process.exit(unchecked > 0 ? 2 : invalid > 0 ? 1 : 0);
