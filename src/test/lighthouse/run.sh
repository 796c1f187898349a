#!/usr/bin/env bash
# Lighthouse (desktop preset) on the production jar: /login, /chart signed in, and a static page
# served by python3 on the same machine in the same run as a baseline. Medians of RUNS runs.
#
#   ./mvnw -B -ntp package -DskipTests      # the production jar, with its prod bundle
#   src/test/lighthouse/run.sh [RUNS]       # default 3 runs per page; JAR=... for another jar
#
# Needs Debian chromium, python3, and Node 18+ with npm (Node from $HOME/.cache/neodesk/node24 if
# there). Lighthouse itself is installed with npm under $HOME/.cache/neodesk/lighthouse on first use.
# Results: target/lighthouse/*.json and a Markdown table on stdout.
set -euo pipefail

RUNS=${1:-3}
LIGHTHOUSE_VERSION=12.2.3
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
OUT=$ROOT/target/lighthouse
CACHE=$HOME/.cache/neodesk/lighthouse
CHROME=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$HOME/.cache/neodesk/node24/bin/node" ] && export PATH=$HOME/.cache/neodesk/node24/bin:$PATH

JAR=${JAR:-$(ls "$ROOT"/target/neodesk-*.jar 2>/dev/null | grep -v original | head -1 || true)}
[ -n "$JAR" ] || { echo "No production jar: run ./mvnw -B -ntp package -DskipTests first" >&2; exit 1; }
[ -x "$CHROME" ] || { echo "Chromium not found at $CHROME (Debian package chromium)" >&2; exit 1; }

LH=$CACHE/node_modules/.bin/lighthouse
if [ ! -x "$LH" ]; then
  mkdir -p "$CACHE"
  npm install --no-audit --no-fund --prefix "$CACHE" "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

WORK=$(mktemp -d)
APP_PORT=$(free_port)
STATIC_PORT=$(free_port)
APP_PID=""
STATIC_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$STATIC_PID" ] && kill "$STATIC_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
"$JAVA" -Xmx768m -jar "$JAR" --server.port="$APP_PORT" --neodesk.demo.enabled=true \
  --spring.datasource.url="jdbc:h2:file:$WORK/db/neodesk" > "$WORK/server.log" 2>&1 &
APP_PID=$!

# The baseline: a small static HTML page of about the login page's weight of text, no scripts.
mkdir -p "$WORK/static"
cat > "$WORK/static/index.html" <<'HTML'
<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Static baseline</title><link rel="icon" href="data:,"></head>
<body><main><h1>Neodesk</h1><p>Rare-earth price desk. A static page with no scripts: the baseline.</p></main></body></html>
HTML
python3 -m http.server "$STATIC_PORT" --bind 127.0.0.1 --directory "$WORK/static" > /dev/null 2>&1 &
STATIC_PID=$!

BASE=http://127.0.0.1:$APP_PORT
for _ in $(seq 1 360); do
  grep -q "Demo data ready" "$WORK/server.log" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/server.log" >&2; exit 1; }
  sleep 1
done
grep -q "Demo data ready" "$WORK/server.log" || { echo "The app did not start" >&2; exit 1; }

# Sign in as the demo admin through the real form; Lighthouse then sends the session cookie.
curl -s -c "$WORK/cookies" -o /dev/null "$BASE/login"
curl -s -b "$WORK/cookies" -c "$WORK/cookies" -o /dev/null -d "username=admin&password=demo" "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$WORK/cookies" | tail -1)
[ -n "$SESSION" ] || { echo "Sign-in failed" >&2; exit 1; }
# Warm up the server (first view creation, JIT) outside the measured runs.
curl -s -o /dev/null -b "JSESSIONID=$SESSION" "$BASE/chart"
curl -s -o /dev/null "$BASE/login"

mkdir -p "$OUT"
rm -f "$OUT"/*.json
export CHROME_PATH=$CHROME
run_page() { # name url [cookie]
  local name=$1 url=$2 headers=()
  [ -n "${3:-}" ] && headers=(--extra-headers="{\"Cookie\":\"JSESSIONID=$3\"}")
  for i in $(seq 1 "$RUNS"); do
    "$LH" "$url" --preset=desktop --only-categories=performance --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run" \
      --max-wait-for-load=120000 "${headers[@]}" --output=json --output-path="$OUT/$name-$i.json" >&2 \
      || { echo "run $i of $name failed; left out of the medians" >&2; rm -f "$OUT/$name-$i.json"; }
  done
}
run_page static "http://127.0.0.1:$STATIC_PORT/"
run_page login "$BASE/login"
run_page chart "$BASE/chart" "$SESSION"

node - "$OUT" "$RUNS" <<'JS'
const fs = require('fs');
const [dir, runs] = [process.argv[2], Number(process.argv[3])];
const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log('| page | performance | CLS | TBT (ms) | LCP (s) | FCP (s) | runs |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const page of ['static', 'login', 'chart']) {
  const reports = [];
  for (let i = 1; i <= runs; i++) {
    const file = `${dir}/${page}-${i}.json`;
    const report = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
    if (report && !report.runtimeError && report.categories.performance.score !== null) reports.push(report);
  }
  const label = page === 'static' ? 'static baseline' : '/' + page;
  if (reports.length === 0) { console.log(`| ${label} | failed | | | | | 0 |`); continue; }
  const audit = id => median(reports.map(r => r.audits[id].numericValue));
  const score = median(reports.map(r => Math.round(r.categories.performance.score * 100)));
  console.log(`| ${label} | ${score} | ${audit('cumulative-layout-shift').toFixed(3)} | ${Math.round(audit('total-blocking-time'))} | ${(audit('largest-contentful-paint') / 1000).toFixed(2)} | ${(audit('first-contentful-paint') / 1000).toFixed(2)} | ${reports.length} |`);
}
JS
