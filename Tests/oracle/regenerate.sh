#!/bin/sh
# Re-runs the oracle on every example and rewrites Tests/oracle/expected/.
set -eu
cd "$(dirname "$0")/../.."
oracle=Tests/oracle/readiness_oracle.py
out=Tests/oracle/expected
python3 Tests/Fixtures/make_hostile.py
python3 "$oracle" Examples/contact-centre.yaml > "$out/contact-centre.json"
python3 "$oracle" Examples/csv-systems/inventory.yaml > "$out/csv-systems.json"
python3 "$oracle" Examples/json/inventory.json > "$out/json.json"
python3 "$oracle" Examples/semicolon-csv/inventory.yaml > "$out/semicolon-csv.json"
python3 "$oracle" Tests/Fixtures/hostile.yaml > "$out/hostile.json"
