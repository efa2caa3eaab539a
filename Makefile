# Giảm Nghèo — everything a developer or CI runs. `make help` lists the targets.
#
# Two commands matter: `make run` (the whole product with embedded defaults) and `make test`
# (every test, starting and stopping what it needs). Both install what a fresh machine lacks.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# each recipe runs as one bash script (so `cd`, traps and if-blocks work across lines)
.ONESHELL:
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

ROOT  := $(abspath .)
LOCAL := $(ROOT)/.local
LOGS   = $(LOCAL)/logs/$(STACK)

# ---- ports and settings (override on the command line or in the environment) --------------------
BACKEND_PORT  ?= 8080
KEYCLOAK_PORT ?= 8180
SPA_PORT      ?= 5173
DB_PORT       ?= 5433
# the end-to-end suite runs its own stack beside a `make run` one
E2E_BACKEND_PORT ?= 18080
E2E_SPA_PORT     ?= 15173
E2E_DB_PORT      ?= 15433

KEYCLOAK_VERSION := 26.7.3
KC_HOME          := $(LOCAL)/keycloak-$(KEYCLOAK_VERSION)
KC_URL           := http://localhost:$(KEYCLOAK_PORT)
KC_TARBALL       := $(LOCAL)/downloads/keycloak-quarkus-dist-$(KEYCLOAK_VERSION).tar.gz

# which running stack a start/stop target belongs to: `run` or `test` (pid files kept apart)
STACK ?= run
PIDS  := $(LOCAL)/pids/$(STACK)

MVNW := $(ROOT)/backend/mvnw -f $(ROOT)/backend/pom.xml -B --no-transfer-progress
BACKEND_JAR := backend/target/quarkus-app/quarkus-run.jar
BACKEND_SOURCES := $(shell find backend/src -type f 2>/dev/null) backend/pom.xml
FRONTEND_MODULES := frontend/node_modules/.package-lock.json

export KEYCLOAK_PORT

.PHONY: help run test stop clean bench demo-data openapi openapi-check compose-check import-restart-check \
        backend-build backend-test frontend-deps frontend-test frontend-build e2e clients-test test-setup \
        keycloak keycloak-up keycloak-start keycloak-wait postgres-up backend-up spa-up spa-preview-up stack-down

help: ## List the targets
	@echo "Giảm Nghèo — make targets:"
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z0-9-]+):.*## (.*)/  \1\t\2/' | expand -t 22

# ================================================================================== the two commands

run: backend-build frontend-deps ## Start PostgreSQL, Keycloak, backend and SPA with demo data; Ctrl-C stops all
	@trap 'exit 130' INT TERM HUP
	# stop everything even when the terminal or a pipe (make run | tee) is already gone
	trap 'trap "" PIPE HUP; $(MAKE) -C $(ROOT) stack-down STACK=run' EXIT
	$(MAKE) keycloak-start STACK=run
	$(MAKE) postgres-up STACK=run
	$(MAKE) keycloak-wait STACK=run
	$(MAKE) backend-up STACK=run DEMO_DATA=true
	$(MAKE) spa-up STACK=run
	echo
	echo "Giảm Nghèo is running:"
	echo "  App (SPA)        http://localhost:$(SPA_PORT)"
	echo "  API              http://localhost:$(BACKEND_PORT)/api/v1   (OpenAPI: /q/openapi, health: /q/health)"
	echo "  Keycloak         $(KC_URL)   (admin console: admin / admin)"
	echo "  Logs             $(LOGS)/"
	echo
	echo "Dev users (password = user name):"
	echo "  admin               admin             national"
	echo "  tinh.hue            province_officer  46 Thành phố Huế"
	echo "  xa.namdong          commune_officer   20179 Xã Nam Đông"
	echo "  chutich.namdong     commune_chair     20179 Xã Nam Đông"
	echo "  chutich.huongtra    commune_chair     19996 Phường Hương Trà"
	echo "  rsv.namdong         reviewer          20179 Xã Nam Đông"
	echo "  phuong.huongtra     commune_officer   19996 Phường Hương Trà"
	echo "  mttq.namdong        auditor           20179 Xã Nam Đông"
	echo "  khuyennong.namdong  support_agency    20179 Xã Nam Đông"
	echo
	echo "Press Ctrl-C to stop everything."
	while sleep 3600; do :; done

test: ## Run every test: backend (real PostgreSQL + Keycloak), frontend unit, browser end-to-end, OpenAPI drift, compose
	@trap '$(MAKE) -C $(ROOT) stack-down STACK=test' EXIT
	start=$$SECONDS
	$(MAKE) test-setup
	$(MAKE) keycloak-start STACK=test
	$(MAKE) frontend-test
	$(MAKE) keycloak-wait STACK=test
	$(MAKE) backend-test
	$(MAKE) openapi-check
	$(MAKE) e2e
	$(MAKE) compose-check
	echo
	echo "make test: all suites passed in $$((SECONDS - start)) s:"
	echo "  backend (JUnit + REST Assured, embedded PostgreSQL 17, real Keycloak tokens)"
	echo "  frontend unit (Vitest), end-to-end (Playwright + Chromium), the generated Java client, OpenAPI drift,"
	echo "  docker-compose config"


# ================================================================================== backend

backend-build: $(BACKEND_JAR) ## Build the backend jar (skips tests)

$(BACKEND_JAR): $(BACKEND_SOURCES)
	@echo "▸ Building the backend"
	$(MVNW) -q package -DskipTests dependency:build-classpath \
	    -Dmdep.outputFile=target/dev-classpath.txt -Dmdep.includeScope=test
	touch $@

backend-test: ## Backend tests (needs Keycloak up: make keycloak-up)
	@echo "▸ Backend tests (embedded PostgreSQL 17, real Keycloak at $(KC_URL))"
	$(MVNW) package dependency:build-classpath \
	    -Dmdep.outputFile=target/dev-classpath.txt -Dmdep.includeScope=test
	touch $(BACKEND_JAR)

# ================================================================================== frontend

frontend-deps: $(FRONTEND_MODULES)

$(FRONTEND_MODULES): frontend/package.json frontend/package-lock.json
	@echo "▸ Installing the SPA's packages (npm ci)"
	(cd frontend && npm ci --no-audit --no-fund --loglevel=error)
	touch $@

frontend-test: frontend-deps ## SPA lint, unit tests (Vitest), type check and production build
	@echo "▸ Frontend unit tests and build"
	(cd frontend && npm run -s lint && npm test && npm run build)

frontend-build: frontend-deps
	@cd frontend && npm run build

# ================================================================================== benchmark

BENCH_HOUSEHOLDS ?= 1000000

bench: backend-build ## Benchmarks: classifier throughput; registry, dashboard, report, change feed, outbox, list export, import and re-classification at BENCH_HOUSEHOLDS (1,000,000) households
	@echo "▸ Classifier benchmark (one thread)"
	(cd backend && java -XX:+UseParallelGC -Xms3g -Xmx6g \
	  -cp "target/test-classes:target/classes:$$(cat target/dev-classpath.txt)" \
	  vn.giamngheo.classification.ClassifierBenchmark)
	echo
	echo "▸ Registry benchmark at $(BENCH_HOUSEHOLDS) households (database kept in .local/bench-pgdata)"
	trap '$(MAKE) -C $(ROOT) stack-down STACK=bench' EXIT
	$(MAKE) keycloak-up STACK=bench
	$(MAKE) postgres-up STACK=bench DB_PORT=15700 PG_DATA=$(LOCAL)/bench-pgdata
	$(MAKE) backend-up STACK=bench BACKEND_PORT=18700 DB_PORT=15700 DEMO_DATA=false
	(cd backend && DB_PORT=15700 java -Xmx4g -cp "target/classes:$$(cat target/dev-classpath.txt)" \
	  vn.giamngheo.household.demo.DemoDataCommand --up-to $(BENCH_HOUSEHOLDS))
	(cd backend && BENCH_HOUSEHOLDS=$(BENCH_HOUSEHOLDS) java -cp "target/test-classes:target/classes:$$(cat target/dev-classpath.txt)" \
	  vn.giamngheo.household.RegistryBenchmark http://localhost:18700 $(KC_URL))
	echo
	echo "▸ Dashboard and report benchmark at $(BENCH_HOUSEHOLDS) households"
	(cd backend && BENCH_HOUSEHOLDS=$(BENCH_HOUSEHOLDS) DB_PORT=15700 java -cp "target/test-classes:target/classes:$$(cat target/dev-classpath.txt)" \
	  vn.giamngheo.reporting.DashboardBenchmark http://localhost:18700 $(KC_URL))
	echo
	echo "▸ Change feed and outbox benchmark at $(BENCH_HOUSEHOLDS) households"
	(cd backend && DB_PORT=15700 java -cp "target/test-classes:target/classes:$$(cat target/dev-classpath.txt)" \
	  vn.giamngheo.changes.ChangeFeedBenchmark http://localhost:18700 $(KC_URL))
	echo
	echo "▸ Household list export at $(BENCH_HOUSEHOLDS) households (a province's whole list, streamed)"
	(cd backend && java -cp "target/test-classes:target/classes:$$(cat target/dev-classpath.txt)" \
	  vn.giamngheo.household.HouseholdExportBenchmark http://localhost:18700 $(KC_URL) $(LOCAL)/pids/bench/backend.pid)
	echo
	echo "▸ Import of $${BENCH_IMPORT_HOUSEHOLDS:-20000} generated households of Huế (staging, validation, commit; beside a raw COPY)"
	(cd backend && DB_PORT=15700 java -cp "target/test-classes:target/classes:$$(cat target/dev-classpath.txt)" \
	  vn.giamngheo.imports.ImportBenchmark http://localhost:18700 $(KC_URL) $(LOCAL)/pids/bench/backend.pid)
	echo
	echo "▸ Re-classification of Huế's $(BENCH_HOUSEHOLDS) households under another standard (a job, end to end)"
	(cd backend && DB_PORT=15700 java -cp "target/test-classes:target/classes:$$(cat target/dev-classpath.txt)" \
	  vn.giamngheo.reclassification.ReclassificationBenchmark http://localhost:18700 $(KC_URL) $(LOCAL)/pids/bench/backend.pid)

N ?= 50000

demo-data: backend-build ## Add N (50,000) synthetic households of Huế to the database of make run (which must be running)
	@(cd backend && java -Xmx4g -cp "target/classes:$$(cat target/dev-classpath.txt)" \
	  vn.giamngheo.household.demo.DemoDataCommand $(N))

# ================================================================================== OpenAPI

openapi: backend-build frontend-deps ## Copy the spec the build writes to openapi.yaml and regenerate the SPA's types
	@cp backend/target/openapi/openapi.yaml openapi.yaml
	(cd frontend && npm run -s generate:api)
	echo "openapi.yaml and frontend/src/api/schema.d.ts regenerated"

openapi-check: backend-build frontend-deps ## Fail when openapi.yaml or the SPA's types drift from the code
	@echo "▸ OpenAPI drift check"
	if ! diff -u openapi.yaml backend/target/openapi/openapi.yaml > $(LOCAL)/openapi.diff; then
	  head -n 40 $(LOCAL)/openapi.diff
	  echo "✘ openapi.yaml differs from what the build writes: run 'make openapi' and commit"; exit 1
	fi
	(cd frontend && npx openapi-typescript ../openapi.yaml -o $(LOCAL)/schema.d.ts > /dev/null)
	if ! diff -q frontend/src/api/schema.d.ts $(LOCAL)/schema.d.ts > /dev/null; then
	  echo "✘ frontend/src/api/schema.d.ts is stale: run 'make openapi' and commit"; exit 1
	fi
	echo "  ✔ openapi.yaml and the SPA's types match the code"


# ================================================================================== Keycloak

keycloak: $(KC_HOME)/bin/kc.sh ## Download Keycloak from Maven Central (cached in .local/)

$(KC_HOME)/bin/kc.sh:
	@echo "▸ Fetching Keycloak $(KEYCLOAK_VERSION) from Maven Central"
	mkdir -p $(LOCAL)/downloads
	$(MVNW) -q dependency:copy -Dartifact=org.keycloak:keycloak-quarkus-dist:$(KEYCLOAK_VERSION):tar.gz \
	    -DoutputDirectory=$(LOCAL)/downloads
	tar xzf $(KC_TARBALL) -C $(LOCAL)
	touch $@

keycloak-up: keycloak-start keycloak-wait ## Start Keycloak with the dev realm and wait until it answers

keycloak-start: keycloak
	@mkdir -p $(PIDS) $(LOGS) $(KC_HOME)/data/import
	if curl -fs -o /dev/null $(KC_URL)/realms/giamngheo; then
	  echo "  ✔ Keycloak already running at $(KC_URL)"; exit 0
	fi
	if ! cmp -s keycloak/realm-dev.json $(KC_HOME)/data/import/realm-dev.json; then
	  # a changed realm file is only imported into an empty Keycloak database
	  rm -rf $(KC_HOME)/data/h2
	  cp keycloak/realm-dev.json $(KC_HOME)/data/import/realm-dev.json
	fi
	echo "▸ Starting Keycloak on $(KC_URL) (log: $(LOGS)/keycloak.log)"
	KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
	  setsid nohup $(KC_HOME)/bin/kc.sh start-dev --http-port=$(KEYCLOAK_PORT) --import-realm \
	  > $(LOGS)/keycloak.log 2>&1 < /dev/null &
	echo $$! > $(PIDS)/keycloak.pid

keycloak-wait:
	@$(call wait_for,Keycloak,keycloak,curl -fs -o /dev/null $(KC_URL)/realms/giamngheo,180)


# ================================================================================== running stack

# $(call wait_for,Label,pid-name,check-command,seconds): waits until the check passes; fails early
# with the end of the log when the process started by this stack dies.
define wait_for
ready=""
for i in $$(seq 1 $(4)); do
  if $(3) > /dev/null 2>&1; then ready=1; break; fi
  if [ -f $(PIDS)/$(2).pid ] && ! kill -0 $$(cat $(PIDS)/$(2).pid) 2> /dev/null; then
    echo "  ✘ $(1) stopped; end of $(LOGS)/$(2).log:"; tail -n 40 $(LOGS)/$(2).log; exit 1
  fi
  sleep 1
done
if [ -z "$$ready" ]; then
  echo "  ✘ $(1) not ready after $(4) s; end of $(LOGS)/$(2).log:"; tail -n 40 $(LOGS)/$(2).log; exit 1
fi
echo "  ✔ $(1) ready"
endef

# PostgreSQL: the embedded PostgreSQL 17 unless DB_URL names another server
PG_DATA ?= $(LOCAL)/pgdata

postgres-up: backend-build
	@mkdir -p $(PIDS) $(LOGS)
	if [ -n "$${DB_URL:-}" ]; then echo "  ✔ Using the PostgreSQL server at $$DB_URL"; exit 0; fi
	if (exec 3<>/dev/tcp/127.0.0.1/$(DB_PORT)) 2> /dev/null; then
	  echo "  ✘ Port $(DB_PORT) is taken: stop what runs there, or set DB_PORT (or DB_URL)"; exit 1
	fi
	echo "▸ Starting embedded PostgreSQL 17 on port $(DB_PORT) (data: $(PG_DATA))"
	cd backend
	setsid nohup java -Dot.epg.working-dir=$(LOCAL)/embedded-pg \
	  -cp "target/test-classes:$$(cat target/dev-classpath.txt)" vn.giamngheo.testing.EmbeddedPostgresServer \
	  $(PG_DATA) $(DB_PORT) > $(LOGS)/postgres.log 2>&1 < /dev/null &
	echo $$! > $(PIDS)/postgres.pid
	$(call wait_for,PostgreSQL,postgres,grep -q 'PostgreSQL 17 ready' $(LOGS)/postgres.log,60)

backend-up: backend-build
	@mkdir -p $(PIDS) $(LOGS)
	echo "▸ Starting the backend on http://localhost:$(BACKEND_PORT) (log: $(LOGS)/backend.log)"
	cd backend
	BACKEND_PORT=$(BACKEND_PORT) DB_PORT=$(DB_PORT) DEMO_DATA=$${DEMO_DATA:-false} \
	  DEMO_HOUSEHOLDS=$${DEMO_HOUSEHOLDS:-50000} IMPORT_DIR=$${IMPORT_DIR:-$(LOCAL)/imports-$(BACKEND_PORT)} \
	  IMPORT_LEASE=$${IMPORT_LEASE:-PT30S} \
	  setsid nohup java -jar target/quarkus-app/quarkus-run.jar > $(LOGS)/backend.log 2>&1 < /dev/null &
	echo $$! > $(PIDS)/backend.pid
	$(call wait_for,Backend,backend,curl -fs http://localhost:$(BACKEND_PORT)/q/health/ready,300)

spa-up: frontend-deps
	@mkdir -p $(PIDS) $(LOGS)
	echo "▸ Starting the SPA (Vite dev server) on http://localhost:$(SPA_PORT)"
	cd frontend
	SPA_PORT=$(SPA_PORT) BACKEND_PORT=$(BACKEND_PORT) VITE_KEYCLOAK_URL=$(KC_URL) \
	  setsid nohup npx vite --port $(SPA_PORT) --strictPort > $(LOGS)/spa.log 2>&1 < /dev/null &
	echo $$! > $(PIDS)/spa.pid
	$(call wait_for,SPA,spa,curl -fs -o /dev/null http://localhost:$(SPA_PORT)/,60)

spa-preview-up: frontend-deps
	@mkdir -p $(PIDS) $(LOGS)
	echo "▸ Serving the built SPA (vite preview) on http://localhost:$(SPA_PORT)"
	cd frontend
	SPA_PORT=$(SPA_PORT) BACKEND_PORT=$(BACKEND_PORT) \
	  setsid nohup npx vite preview --port $(SPA_PORT) --strictPort > $(LOGS)/spa.log 2>&1 < /dev/null &
	echo $$! > $(PIDS)/spa.pid
	$(call wait_for,SPA,spa,curl -fs -o /dev/null http://localhost:$(SPA_PORT)/,60)

stack-down:
	@for pidfile in $(PIDS)/*.pid; do
	  [ -f "$$pidfile" ] || continue
	  pid=$$(cat "$$pidfile"); name=$$(basename "$$pidfile" .pid)
	  if kill -0 "$$pid" 2> /dev/null; then
	    kill -TERM -- -"$$pid" 2> /dev/null || kill -TERM "$$pid" 2> /dev/null || true
	    for i in $$(seq 1 20); do kill -0 "$$pid" 2> /dev/null || break; sleep 0.5; done
	    kill -KILL -- -"$$pid" 2> /dev/null || true
	    echo "  ■ stopped $$name" || true
	  fi
	  rm -f "$$pidfile"
	done

stop: ## Stop what `make run` or an interrupted `make test` left running
	@$(MAKE) stack-down STACK=run
	$(MAKE) stack-down STACK=test
	$(MAKE) stack-down STACK=e2e


# ================================================================================== end-to-end

e2e: backend-build frontend-build ## Browser tests: own PostgreSQL, backend and built SPA; Keycloak must be up
	@echo "▸ End-to-end tests in Chromium"
	trap '$(MAKE) -C $(ROOT) stack-down STACK=e2e' EXIT
	rm -rf $(LOCAL)/e2e-pgdata
	$(MAKE) postgres-up STACK=e2e DB_PORT=$(E2E_DB_PORT) PG_DATA=$(LOCAL)/e2e-pgdata
	$(MAKE) backend-up STACK=e2e BACKEND_PORT=$(E2E_BACKEND_PORT) DB_PORT=$(E2E_DB_PORT) DEMO_DATA=true \
	  DEMO_HOUSEHOLDS=2000 IMPORT_LEASE=PT8S
	$(MAKE) spa-preview-up STACK=e2e SPA_PORT=$(E2E_SPA_PORT) BACKEND_PORT=$(E2E_BACKEND_PORT)
	(cd frontend && CI=$${CI:-} TZ=Asia/Ho_Chi_Minh E2E_BASE_URL=http://localhost:$(E2E_SPA_PORT) npm run e2e)
	echo "  ✔ screenshots in frontend/e2e/artifacts/"
	# the same stack serves a provincial system's generated client (one boot for both suites)
	$(MAKE) clients-test CLIENTS_API=http://localhost:$(E2E_BACKEND_PORT)
	# and last, as it kills the backend: an import's commit survives a killed backend
	$(MAKE) import-restart-check

import-restart-check: ## The backend killed during an import's commit and started again (runs on the e2e stack)
	@echo "▸ Import commit across a killed backend"
	(cd backend && DB_PORT=$(E2E_DB_PORT) java -cp "target/test-classes:target/classes:$$(cat target/dev-classpath.txt)" \
	  vn.giamngheo.imports.ImportRestartCheck http://localhost:$(E2E_BACKEND_PORT) $(KC_URL) $(LOCAL)/pids/e2e/backend.pid \
	  "$(MAKE) -C $(ROOT) --no-print-directory backend-up STACK=e2e BACKEND_PORT=$(E2E_BACKEND_PORT) \
	  DB_PORT=$(E2E_DB_PORT) IMPORT_LEASE=PT8S")

CLIENTS_API ?= http://localhost:$(BACKEND_PORT)

clients-test: frontend-deps ## Clients generated from openapi.yaml: Java and Python against a running stack (CLIENTS_API), TypeScript type-checked
	@echo "▸ Java client generated from openapi.yaml, against $(CLIENTS_API) with a client-credentials token"
	cd clients/java-example
	$(ROOT)/backend/mvnw -B --no-transfer-progress test -Dgiamngheo.api=$(CLIENTS_API) -Dgiamngheo.keycloak=$(KC_URL)
	echo "▸ TypeScript client (typescript-fetch) generated from openapi.yaml, type-checked"
	$(ROOT)/frontend/node_modules/.bin/tsc -p $(ROOT)/clients/typescript
	echo "  ✔ $$(find $(ROOT)/clients/typescript/generated -name '*.ts' | wc -l) files type-check"
	echo "▸ Python client generated from openapi.yaml, against $(CLIENTS_API)"
	PYTHONPATH=$(ROOT)/clients/python/generated python3 $(ROOT)/clients/python/check.py $(CLIENTS_API) $(KC_URL)


# ================================================================================== set-up and checks

test-setup: ## Install what the tests need from Debian (chromium, docker-compose, poppler-utils) when missing
	@install_pkg() {
	  local pkg=$$1
	  echo "▸ Installing Debian's $$pkg (needed by make test)"
	  local sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"
	  if ! command -v apt-get > /dev/null; then
	    echo "✘ $$pkg is missing and apt-get is not available: install $$pkg yourself"; exit 1
	  fi
	  $$sudo apt-get install -y -q $$pkg > $(LOGS)/apt-$$pkg.log 2>&1 \
	    || { $$sudo apt-get update -q > /dev/null 2>&1 && $$sudo apt-get install -y -q $$pkg > $(LOGS)/apt-$$pkg.log 2>&1; } \
	    || { echo "✘ Could not install $$pkg (see $(LOGS)/apt-$$pkg.log); install it yourself"; exit 1; }
	}
	mkdir -p $(LOGS)
	command -v chromium > /dev/null || install_pkg chromium
	command -v docker-compose > /dev/null || install_pkg docker-compose
	command -v pdftoppm > /dev/null || install_pkg poppler-utils
	echo "  ✔ chromium, docker-compose and pdftoppm present"

compose-check: ## Validate docker-compose.yml (no Docker engine needed)
	@echo "▸ docker-compose.yml validation"
	docker-compose -f docker-compose.yml config -q
	echo "  ✔ docker-compose.yml is valid"

clean: ## Remove build output (keeps downloads and the run database in .local/)
	@$(MVNW) -q clean
	rm -rf frontend/dist frontend/test-results

