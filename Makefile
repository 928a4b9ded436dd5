# Career Compare. Two commands matter: `make run` opens the app, `make test`
# runs every check. Both install the system packages they need.

GO ?= go
export CGO_ENABLED := 1
# The build tags of every build of the app, from the one file that defines
# them (the scripts and workflows read it too; internal/release checks that
# each build path passes them): no_emoji leaves Fyne's colour emoji font out.
TAGS := $(shell cat scripts/buildtags)

.PHONY: run test build deps dist bench monkey fuzz soak

## run: install what the build needs, build, open the window
run: deps build
	./careercompare

## test: gofmt, vet, staticcheck, go test -race, smoke test under Xvfb
test:
	scripts/test.sh

## build: build ./careercompare
build:
	$(GO) build -tags '$(TAGS)' -o careercompare .

deps:
	scripts/deps.sh build

## dist: the release packages in dist/: Linux .tar.xz, Windows .exe, .zip and
## .msi, their SHA256SUMS (the macOS .app is built by
## .github/workflows/release.yml); see docs/install.md
dist:
	scripts/dist.sh

## bench: the app against a minimal Fyne window (the floor) under Xvfb, and
## the Go benchmarks; see docs/performance.md
bench: deps build
	scripts/bench.sh

## monkey: tens of thousands of random actions in the test driver, no -race
monkey:
	MONKEY_STEPS=$${MONKEY_STEPS:-20000} $(GO) test -tags '$(TAGS)' -count=1 -timeout 3h -run '^TestMonkey$$' -v ./ui

## fuzz: every fuzz target of the loader, a minute each (FUZZTIME=seconds)
fuzz:
	scripts/fuzz.sh $${FUZZTIME:-60}

## soak: the real window under Xvfb with scripted input for 10 minutes
soak: deps build
	scripts/soak.sh ./careercompare $${SOAK:-600}
