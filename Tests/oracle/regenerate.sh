#!/bin/sh
# Re-runs the oracle on every example and rewrites Tests/oracle/expected/ (and the hostile
# fixture it reads). With a folder argument, writes the expectations there instead and leaves
# every committed file as it is: scripts/test compares that folder with expected/.
set -eu
cd "$(dirname "$0")/../.."
oracle=Tests/oracle/readiness_oracle.py
out=${1:-Tests/oracle/expected}
[ $# -gt 0 ] || python3 Tests/Fixtures/make_hostile.py
python3 "$oracle" Examples/contact-centre.yaml > "$out/contact-centre.json"
python3 "$oracle" Examples/csv-systems/inventory.yaml > "$out/csv-systems.json"
python3 "$oracle" Examples/json/inventory.json > "$out/json.json"
python3 "$oracle" Examples/chain-and-auth.yaml > "$out/chain-and-auth.json"
python3 "$oracle" Examples/semicolon-csv/inventory.yaml > "$out/semicolon-csv.json"
python3 "$oracle" Examples/observed/inventory.yaml > "$out/observed.json"
python3 "$oracle" Tests/Fixtures/hostile.yaml > "$out/hostile.json"
python3 "$oracle" Tests/Fixtures/late-start.yaml > "$out/late-start.json"
