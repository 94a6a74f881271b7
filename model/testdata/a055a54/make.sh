#!/usr/bin/env bash
# Rebuilds the fixtures of this folder: databases made by commit a055a54
# (the last schema before versioned migrations), seeded and then changed
# through its API so that every table has rows (tokens, revoked ones too,
# feeds, plans adopted and draft, history, audit, updated versions).
#
#   git worktree add /tmp/old a055a54 && (cd /tmp/old && go build -o /tmp/youcheng-a055a54 ./cmd/youcheng)
#   model/testdata/a055a54/make.sh /tmp/youcheng-a055a54 'postgres://postgres@127.0.0.1:55433/postgres?sslmode=disable'
#
# writes youcheng.sqlite (SQLite; not .db, which .gitignore keeps out) and, with a PostgreSQL URL, postgres.sql
# (pg_dump --inserts, plain SQL, of a scratch database made the same way).
set -euo pipefail
bin=$1
pgurl=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port/api/v1

fill() { # $@: database flags
  local admin editor
  admin=$("$bin" token create --name "Admin Wang" --role admin "$@" | tail -n 1)
  editor=$("$bin" token create --name "Li Wei" --role editor "$@" | tail -n 1)
  "$bin" token create --name "Former intern" --role viewer "$@" >/dev/null
  "$bin" token revoke --name "Former intern" "$@" >/dev/null
  YOUCHENG_ADDR=127.0.0.1:$port "$bin" serve "$@" 2>"$work/log" &
  local pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  req() { curl -sS --fail-with-body -X "$1" "$base$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' ${5:+-H "If-Match: \"$5\""} ${4:+-d "$4"}; echo; }
  req POST /partners "$editor" '{"name_en":"Naruto","name_zh":"鸣门市","country":"JP","admin_area":"Tokushima Prefecture","notes":"Whirlpools; 友好交流"}' >/dev/null
  req PATCH /partners/1 "$editor" '{"notes":"30th anniversary series planned"}' 1 >/dev/null
  req PATCH /partnerships/1 "$editor" '{"notes":"MoU renewed"}' 1 >/dev/null
  req PATCH /partnerships/2 "$editor" '{"status":"suspended","ended_on":"2023"}' 1 >/dev/null
  req POST /commemorations "$editor" '{"title_en":"Founding of Naruto","title_zh":"鸣门建市","date":"1948-04","country":"JP"}' >/dev/null
  req POST /events "$editor" '{"title_en":"Online youth forum","title_zh":"青少年线上论坛","kind":"youth","status":"confirmed","format":"online","start_date":"2022-06-15","start_time":"10:00","timezone":"Asia/Tokyo","partner_ids":[1],"participants":40}' >/dev/null
  req POST /plans "$editor" '{"template":"anniversary_series","partnership_id":1,"year":2022}' >/dev/null
  req POST /plans/1/adopt "$editor" >/dev/null
  req POST /plans "$editor" '{"template":"annual_program","year":2023}' >/dev/null
  req POST /feeds "$editor" '{"name":"Japan desk","country":"JP"}' >/dev/null
  req POST /feeds "$editor" '{"name":"Old feed"}' >/dev/null
  req DELETE /feeds/2 "$admin" >/dev/null
  req DELETE /events/3 "$admin" "" 1 >/dev/null
  kill "$pid"; wait "$pid" || true
}

rm -f "$here/youcheng.sqlite"
fill --db "$work/youcheng.db"
sqlite3 "$work/youcheng.db" "VACUUM INTO '$here/youcheng.sqlite'"

if [ -n "$pgurl" ]; then
  db=youcheng_fixture_$$
  psql -q "$pgurl" -c "CREATE DATABASE $db"
  url=$(echo "$pgurl" | sed "s#/postgres?#/$db?#")
  fill --database-url "$url"
  pg_dump --no-owner --no-privileges --inserts --rows-per-insert=100 "$url" | sed '/^\\restrict/d; /^\\unrestrict/d' >"$here/postgres.sql"
  psql -q "$pgurl" -c "DROP DATABASE $db"
fi
ls -la "$here"
