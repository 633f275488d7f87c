# The kennisbank command in a small image: the binary of `make dist`, which needs only the C library, on
# Debian slim with Git (for the 'Laatst bijgewerkt' dates), run as an unprivileged user.
#   docker build -t kennisbank .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/site" kennisbank build --strict   # site root at /site
#   docker run --rm --user "$(id -u):$(id -g)" -p 8000:8000 -v "$PWD:/site" kennisbank serve --host 0.0.0.0
# (--user: the site folder's owner writes site/; the image's own user, 10001, is the default.)
# The release pipelines build it on each architecture and push it on version tags. Linted with hadolint
# by `make test` (scripts/lint-pipelines.sh).

FROM swift:6.3-bookworm AS build
ARG SOURCE_DATE_EPOCH=0
ENV DEBIAN_FRONTEND=noninteractive
# What `make dist` needs besides the image's toolchain (scripts/install-deps.sh lists everything).
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      make=4.3-4.1 \
      libcmark-gfm-dev=0.29.0.gfm.6-6 \
      libcmark-gfm-extensions-dev=0.29.0.gfm.6-6 \
      libmimalloc-dev=2.0.9+ds-2 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make dist \
 && mkdir /out \
 && tar -xzf dist/kennisbank-*.tar.gz -C /out --strip-components=1

FROM debian:bookworm-slim
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
 && apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u3 \
 && rm -rf /var/lib/apt/lists/* \
 && git config --system --add safe.directory '*' \
 && useradd --create-home --uid 10001 kennisbank
COPY --from=build /out /opt/kennisbank
RUN ln -s /opt/kennisbank/kennisbank /usr/local/bin/kennisbank
USER 10001:10001
WORKDIR /site
ENTRYPOINT ["kennisbank"]
CMD ["build", "--strict"]
