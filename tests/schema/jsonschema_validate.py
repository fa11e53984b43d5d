# Usage: python3 jsonschema_validate.py <schema.json> <folder of .json documents>
# Checks the schema against its draft's meta-schema with Python's jsonschema (the validator picks
# the draft from "$schema"; its "regex" format check compiles every pattern with Python's re),
# validates every document, prints one line per document ("ok <file>" or "invalid <file> <errors>")
# and exits 1 when any is invalid, 2 on a bad schema.
import json
import os
import sys

import jsonschema

schema_path, folder = sys.argv[1], sys.argv[2]
try:
    with open(schema_path, encoding="utf-8") as stream:
        schema = json.load(stream)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
except Exception as error:  # the schema is unusable: say why and stop
    print(f"schema-error {type(error).__name__}: {str(error).splitlines()[0]}")
    sys.exit(2)

invalid = 0
for name in sorted(f for f in os.listdir(folder) if f.endswith(".json")):
    with open(os.path.join(folder, name), encoding="utf-8") as stream:
        document = json.load(stream)
    try:
        errors = list(validator.iter_errors(document))
    except Exception as error:  # a pattern the engine cannot run is the schema's fault
        print(f"schema-error {type(error).__name__}: {str(error).splitlines()[0]}")
        sys.exit(2)
    if errors:
        invalid += 1
        described = "; ".join(f"/{'/'.join(str(p) for p in e.absolute_path)} {e.message}" for e in errors)
        print(f"invalid {name} {described}")
    else:
        print(f"ok {name}")

sys.exit(1 if invalid else 0)
