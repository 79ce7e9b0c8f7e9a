"""What the loopback servers the tests, `make bench` and `make topology-check` start have in common:
a free port, waiting until one listens, and stopping it by its process id. Every server listens on
127.0.0.1 only."""

import os
import signal
import socket
import subprocess
import time


def free_port():
    """A TCP port nothing listens on at 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_listening(process, port, what, *, seconds=30, log=None):
    """Return once ``process`` accepts connections on 127.0.0.1:``port``. If it exits first, or does
    not listen in time (then it is stopped), raise with the end of its ``log`` file, if any."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}{_tail(log)}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)  # polling a port, not waiting out a fixed delay
    stop(process)
    raise RuntimeError(f"{what} did not listen on port {port} within {seconds} s{_tail(log)}")


def stop(process, sig=signal.SIGTERM, timeout=10):
    """Ask the process to stop (``sig``), by its id; kill it if it has not within ``timeout`` seconds."""
    if process.poll() is None:
        os.kill(process.pid, sig)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()


def _tail(log):
    if log is None or not os.path.exists(log):
        return ""
    with open(log, errors="replace") as handle:
        return ":\n" + handle.read()[-2000:]
