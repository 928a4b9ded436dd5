# Career Compare. Two commands matter: `make run` opens the app, `make test`
# runs every check. Both install the system packages they need.

GO ?= go
export CGO_ENABLED := 1

.PHONY: run test build deps

## run: install what the build needs, build, open the window
run: deps build
	./careercompare

## test: gofmt, vet, staticcheck, go test -race, smoke test under Xvfb
test:
	scripts/test.sh

## build: build ./careercompare
build:
	$(GO) build -o careercompare .

deps:
	scripts/deps.sh build
