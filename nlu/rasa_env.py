"""Rasa Open Source in its own Python 3.10 environment: build it, train once, serve locally.

Rasa 3.6 needs Python 3.10 and pins its own SQLAlchemy, pydantic and numpy, so it lives in
.venv-rasa and is only ever run as a subprocess; nothing here imports rasa.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO

import httpx

from nlu.model_cache import file_lock

REPO = Path(__file__).resolve().parents[1]
NLU_DIR = REPO / "nlu"
VENV = REPO / ".venv-rasa"
CONSTRAINTS = NLU_DIR / "rasa-constraints.txt"
RASA_VAR = REPO / "var" / "rasa"
# Custom Rasa components (nlu/config.yml names them by module); on Rasa's PYTHONPATH, and their
# source is part of the model hash.
ADDONS = NLU_DIR / "rasa_addons"
MODELS_DIR = RASA_VAR / "models"
RASA_PIN = "rasa==3.6.21"
STAMP_NAME = ".wellbeing-bot-stamp"
# Older models are deleted; a few stay so that switching data or config back is instant.
KEEP_MODELS = 3


class RasaEnvError(RuntimeError):
    """Rasa cannot be built, trained or started; the message says what to do."""


def _python_version(python: str, env: dict[str, str] | None = None) -> tuple[int, int] | None:
    """The (major, minor) of an interpreter, or None if it does not run."""
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
            capture_output=True,
            text=True,
            timeout=30,
            env=env,
            check=True,
        ).stdout.split()
        return int(out[0]), int(out[1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None


def _pyenv_python310() -> Path | None:
    """The newest Python 3.10 that pyenv has installed, even when it is not the global one."""
    roots: list[Path] = []
    if pyenv := shutil.which("pyenv"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pyenv, "root"], capture_output=True, text=True, timeout=30, check=True
            ).stdout.strip()
            roots.append(Path(out))
    roots.append(Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")))
    for root in roots:
        found = []
        for d in (root / "versions").glob("3.10.*"):
            if m := re.fullmatch(r"3\.10\.(\d+)", d.name):
                found.append((int(m.group(1)), d / "bin" / "python3.10"))
        for _, python in sorted(found, reverse=True):
            if python.exists() and _python_version(str(python)) == (3, 10):
                return python
    return None


def find_python310() -> Path:
    """RASA_PYTHON if set, else a working python3.10 on PATH, else pyenv's 3.10."""
    if named := os.environ.get("RASA_PYTHON"):
        if _python_version(named) != (3, 10):
            raise RasaEnvError(f"RASA_PYTHON={named} is not a working Python 3.10 interpreter.")
        return Path(shutil.which(named) or named)
    # On pyenv machines `python3.10` is often a shim that exits 127 unless 3.10 is selected,
    # so "on PATH" is not enough: it has to run.
    on_path = shutil.which("python3.10")
    if on_path and _python_version(on_path) == (3, 10):
        return Path(on_path)
    if python := _pyenv_python310():
        return python
    raise RasaEnvError(
        "Rasa 3.6 needs Python 3.10 and none was found (not on PATH, not in pyenv). Install "
        "Python 3.10 and set RASA_PYTHON to its interpreter, e.g. RASA_PYTHON=/usr/bin/python3.10."
    )


def _stamp() -> str:
    """What the environment was built from; a change rebuilds it."""
    digest = hashlib.sha256(RASA_PIN.encode())
    if CONSTRAINTS.exists():
        digest.update(CONSTRAINTS.read_bytes())
    return digest.hexdigest()


def rasa_env() -> dict[str, str]:
    """Environment for every Rasa subprocess: no telemetry, quiet logs, caches under var/."""
    env = dict(os.environ)
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        LOG_LEVEL="WARNING",
        LOG_LEVEL_LIBRARIES="ERROR",
        TF_CPP_MIN_LOG_LEVEL="3",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        PYTHONWARNINGS="ignore",
        # Models are cached whole by content hash (train_rasa); Rasa's own per-component cache
        # would only add up to 1 GB of featurised training data under var/.
        RASA_MAX_CACHE_SIZE="0",
        RASA_CACHE_DIRECTORY=str(RASA_VAR / "cache"),
    )
    # The bot's venv must not leak into Rasa's interpreter; only the custom components' folder,
    # whose modules import nothing of the bot, is added.
    env.pop("VIRTUAL_ENV", None)
    env["PYTHONPATH"] = str(ADDONS)
    return env


def ensure_rasa_env(python: Path | None = None, venv: Path = VENV) -> Path:
    """Return .venv-rasa/bin/rasa, building the environment first if it is missing or stale."""
    rasa = venv / "bin" / "rasa"
    stamp = venv / STAMP_NAME
    if rasa.exists() and stamp.exists() and stamp.read_text().strip() == _stamp():
        return rasa
    venv_python = venv / "bin" / "python"
    if _python_version(str(venv_python)) != (3, 10):
        interpreter = python or find_python310()
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([str(interpreter), "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv_python), "-m", "pip", "install", "-q", "--upgrade", "pip"])
    pip = [str(venv_python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if CONSTRAINTS.exists():
        pip += ["-c", str(CONSTRAINTS)]
    result = subprocess.run([*pip, RASA_PIN], env=rasa_env())
    if result.returncode != 0 or not rasa.exists():
        raise RasaEnvError(f"pip could not install {RASA_PIN} into {venv} (see the output above).")
    stamp.write_text(_stamp() + "\n")
    return rasa


def project_hash(config: Path, data: Path, domain: Path | None, addons: Path = ADDONS) -> str:
    """Hash of everything that changes the trained model: pipeline, training data, domain and
    the custom components' source."""
    digest = hashlib.sha256(RASA_PIN.encode())
    files = [config, *sorted(p for p in data.rglob("*") if p.is_file())]
    if domain is not None and domain.exists():
        files.append(domain)
    for path in files:
        label = path.relative_to(data) if path.is_relative_to(data) else Path(path.name)
        digest.update(str(label).encode() + b"\0" + path.read_bytes() + b"\0")
    for path in sorted(addons.glob("*.py")):
        digest.update(b"addon:" + path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def train_rasa(
    force: bool = False,
    *,
    config: Path | None = None,
    data: Path | None = None,
    domain: Path | None = None,
    models_dir: Path = MODELS_DIR,
) -> Path:
    """Return a trained NLU model, training with `rasa train nlu` only if none matches the hash."""
    config = config or NLU_DIR / "config.yml"
    data = data or NLU_DIR / "data"
    domain = domain if domain is not None else NLU_DIR / "domain.yml"
    if not config.exists() or not data.is_dir() or not any(data.rglob("*.yml")):
        raise RasaEnvError(f"No Rasa project to train: need {config} and YAML files in {data}.")
    name = f"nlu-{project_hash(config, data, domain)}"
    model = models_dir / f"{name}.tar.gz"
    with file_lock(models_dir / ".train.lock"):
        if model.exists() and not force:
            return model
        rasa = ensure_rasa_env()
        RASA_VAR.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=models_dir) as out:
            cmd = [str(rasa), "train", "nlu", "--quiet", "--config", str(config)]
            cmd += ["--nlu", str(data), "--out", out, "--fixed-model-name", name]
            if domain.exists():
                cmd += ["--domain", str(domain)]
            result = subprocess.run(cmd, cwd=RASA_VAR, env=rasa_env())
            built = Path(out) / f"{name}.tar.gz"
            if result.returncode != 0 or not built.exists():
                raise RasaEnvError("`rasa train nlu` failed (see the output above).")
            # Rename inside one directory so a reader never sees half a model.
            os.replace(built, model)
        _prune(models_dir, keep=KEEP_MODELS)
    return model


def _prune(models_dir: Path, keep: int) -> None:
    """Delete all but the newest few models, so that editing the data does not fill the disk."""
    models = sorted(models_dir.glob("nlu-*.tar.gz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in models[keep:]:
        old.unlink(missing_ok=True)


def _free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class RasaServer:
    """`rasa run --enable-api` on 127.0.0.1 for one model; stopped with its children on exit."""

    def __init__(self, model_path: Path, port: int | None = None, timeout: float = 180.0) -> None:
        self.model_path = model_path
        self.port = port or _free_port()
        self.timeout = timeout
        self.url = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen[bytes] | None = None
        self._output: IO[bytes] | None = None

    def command(self) -> list[str]:
        """The server command: API only, no channels, no log file, WARNING-level logs."""
        # --quiet keeps Rasa's DEBUG lines (which print the parsed text) off. It runs in var/rasa,
        # where there is no credentials.yml (so no input channels) and no endpoints.yml (so only
        # the in-memory tracker store, which /model/parse does not touch anyway).
        return [
            str(ensure_rasa_env()),
            "run",
            "--enable-api",
            "--quiet",
            "--model",
            str(self.model_path),
            "--interface",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]

    def start(self) -> RasaServer:
        """Start the server and wait until /status answers, or raise RasaEnvError."""
        RASA_VAR.mkdir(parents=True, exist_ok=True)
        # Kept only to explain a failed start, in an unnamed file gone when the server stops.
        # Append mode: the server shares the file offset, and reading must not move its writes.
        self._output = tempfile.TemporaryFile(mode="a+b")  # noqa: SIM115 (lives with the server)
        self._process = subprocess.Popen(
            self.command(),
            cwd=RASA_VAR,
            env=rasa_env(),
            stdin=subprocess.DEVNULL,
            stdout=self._output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                tail = self.output()[-2000:]
                self.stop()
                raise RasaEnvError(f"rasa run exited at start:\n{tail}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/status", timeout=2.0).status_code == 200:
                    return self
            time.sleep(0.5)
        tail = self.output()[-2000:]
        self.stop()
        raise RasaEnvError(f"rasa run did not answer /status within {self.timeout:.0f} s:\n{tail}")

    def output(self) -> str:
        """What the server has printed so far (WARNING and above only)."""
        if self._output is None:
            return ""
        self._output.seek(0)
        return self._output.read().decode(errors="replace")

    def stop(self) -> None:
        """Stop the server's whole process group: SIGTERM, then SIGKILL after 10 s."""
        if self._process is not None and self._process.poll() is None:
            pgid = self._process.pid  # start_new_session made the server its group leader
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGTERM)
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pgid, signal.SIGKILL)
                self._process.wait(timeout=10)
        if self._output is not None:
            self._output.close()
            self._output = None

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self._process.pid if self._process is not None else None

    def __enter__(self) -> RasaServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    """`python -m nlu.rasa_env [--force]`: build .venv-rasa, then train the model (make rasa)."""
    force = "--force" in (argv if argv is not None else sys.argv[1:])
    started = time.perf_counter()
    try:
        rasa = ensure_rasa_env()
        print(f"rasa environment ready: {rasa} ({time.perf_counter() - started:.1f} s)")
        model = train_rasa(force)
    except RasaEnvError as exc:
        print(f"make rasa: {exc}", file=sys.stderr)
        return 2
    print(f"rasa model ready: {model} ({time.perf_counter() - started:.1f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
