# Sourced by the launchers: makes sure a JDK 17 and Maven are there, installing them with apt-get
# on Debian or Ubuntu when running as root, and otherwise saying what to install.
ensure_toolchain() {
  local need=()
  command -v javac >/dev/null 2>&1 && javac -version 2>&1 | grep -Eq ' (1[7-9]|2[0-9])\.' || need+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null 2>&1 || need+=(maven)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "latent-brush: installing ${need[*]}..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2 && return 0
  fi
  echo "latent-brush: please install a JDK 17 and Maven first (Debian/Ubuntu: sudo apt-get install ${need[*]})" >&2
  return 1
}

# JavaFX draws its windows with GTK 3 on Linux; desktops have it, minimal systems may not.
ensure_gui_libs() {
  [ "$(uname)" = Linux ] || return 0
  ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so' && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "latent-brush: installing libgtk-3-0 for the editor's window..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgtk-3-0 >&2 && return 0
  fi
  echo "latent-brush: the editor needs GTK 3 (Debian/Ubuntu: sudo apt-get install libgtk-3-0)" >&2
  return 1
}

# The tests read Fashion-MNIST from Debian's dataset-fashion-mnist (the shoe model's data); a test
# that cannot find it fails rather than skips, so the test command installs it.
ensure_test_data() {
  [ -f /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "latent-brush: installing dataset-fashion-mnist for the tests..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist >&2 && return 0
  fi
  echo "latent-brush: the tests need Fashion-MNIST (Debian/Ubuntu: sudo apt-get install dataset-fashion-mnist)" >&2
  return 1
}
