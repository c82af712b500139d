#!/usr/bin/env bash
# Starts N silos (default 3) of ChuyenHoa on loopback against one Azurite, and stops them all on Ctrl+C.
#   infra/cluster.sh [N]
# Silo i listens for HTTP on 5100+i, for silos on 11200+i and for clients on 30200+i; Azurite takes 10010-10012
# with its data under .data/cluster/azurite. Each run uses a fresh ClusterId, so old membership rows never matter.
set -euo pipefail
count=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
data="$root/.data/cluster"
cluster_id="cluster-$(date +%Y%m%d%H%M%S)"
mkdir -p "$data/azurite" "$data/logs"

(cd "$root/infra/azurite" && [ -d node_modules/azurite ] || npm ci --no-audit --no-fund --loglevel=error)
dotnet build "$root/src/ChuyenHoa.Host" -c Release -v q -nologo >/dev/null

pids=()
stop_all() {
  trap - INT TERM EXIT
  echo "Stopping ${#pids[@]} processes..."
  # Silos first (they leave the cluster through storage), Azurite last.
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill -TERM "${pids[$i]}" 2>/dev/null || true
    wait "${pids[$i]}" 2>/dev/null || true
  done
  echo "Stopped."
}
trap stop_all INT TERM EXIT

node "$root/infra/azurite/node_modules/azurite/dist/src/azurite.js" \
  --blobHost 127.0.0.1 --blobPort 10010 --queueHost 127.0.0.1 --queuePort 10011 --tableHost 127.0.0.1 --tablePort 10012 \
  --location "$data/azurite" --skipApiVersionCheck --disableTelemetry --silent &
pids+=($!)
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export ChuyenHoa__Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:10010/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10011/devstoreaccount1;TableEndpoint=http://127.0.0.1:10012/devstoreaccount1;"
export ChuyenHoa__Storage__StartupTimeout="00:00:30"
export ChuyenHoa__Cluster__ClusterId="$cluster_id"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"

for i in $(seq 1 "$count"); do
  # The first silo loads the demo tenants; onboarding is idempotent, so one is enough.
  ChuyenHoa__Cluster__SiloPort=$((11200 + i)) ChuyenHoa__Cluster__GatewayPort=$((30200 + i)) \
  ChuyenHoa__DemoData=$([ "$i" -eq 1 ] && echo true || echo false) \
    dotnet "$root/src/ChuyenHoa.Host/bin/Release/net10.0/ChuyenHoa.Host.dll" --urls "http://127.0.0.1:$((5100 + i))" \
    >"$data/logs/silo-$i.log" 2>&1 &
  pids+=($!)
done

for i in $(seq 1 "$count"); do
  url="http://127.0.0.1:$((5100 + i))"
  for _ in $(seq 1 120); do
    curl -sf "$url/health/ready" >/dev/null && break
    sleep 1
  done
  curl -sf "$url/health/ready" >/dev/null || { echo "silo $i did not become ready; see $data/logs/silo-$i.log" >&2; exit 1; }
  echo "silo $i ready: $url (log $data/logs/silo-$i.log)"
done
echo "Cluster $cluster_id: $count silos. Ctrl+C stops them all."
if [ "${CLUSTER_SMOKE:-}" = 1 ]; then exit 0; fi
wait
