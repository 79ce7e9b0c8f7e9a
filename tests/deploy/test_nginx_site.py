"""deploy/nginx/clinic.conf is valid nginx once its addresses, ports and paths point at loopback (the only
changes `make topology-check` makes), and it keeps the promises the guides make about it."""

import os
import re
import subprocess

import pytest

from scripts import edge_nginx
from scripts.topology_check import nginx_config, self_signed_certificate
from tests.processes import ROOT

SITE = (ROOT / "deploy" / "nginx" / "clinic.conf").read_text()


def _location(path):
    return re.search(rf"location {re.escape(path)} \{{(.*?)\n    \}}", SITE, re.S).group(1)


def test_nginx_accepts_the_site_rewritten_for_loopback(tmp_path):
    if not os.path.exists(edge_nginx.NGINX):
        if os.environ.get("CI"):
            pytest.fail("nginx is required in CI (.ci/run installs nginx-light)")
        pytest.skip("nginx is not installed")
    cert, key = self_signed_certificate(tmp_path)
    conf = nginx_config(
        tmp_path / "nginx", http_port=18080, https_port=18443, app_ports=(18001, 18002), cert=cert, key=key
    )
    rewritten = (tmp_path / "nginx" / "clinic.conf").read_text()
    assert "10.0.1." not in rewritten and "/etc/letsencrypt" not in rewritten and "/var/" not in rewritten
    result = subprocess.run(  # noqa: S603
        [edge_nginx.NGINX, "-t", "-c", str(conf), "-p", str(tmp_path / "nginx")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_the_upstream_has_two_app_servers_with_passive_health_checks():
    servers = re.findall(
        r"^\s*server (\S+) (.*);$", re.search(r"upstream clinic_app \{(.*?)\}", SITE, re.S).group(1), re.M
    )
    assert len(servers) == 2
    assert all("max_fails=3" in options and "fail_timeout=10s" in options for _, options in servers)


def test_only_public_posts_are_retried_on_the_other_server():
    # Public forms carry a one-time token, so a retried post stores nothing twice; the admin's posts do not.
    assert "non_idempotent" in _location("/")
    assert "proxy_next_upstream " in _location("/admin/") and "non_idempotent" not in _location("/admin/")


def test_the_log_format_has_no_query_string_and_the_admin_is_never_cached():
    log_format = re.search(r"log_format clinic '([^']*)'", SITE).group(1)
    assert "$uri" in log_format and "$request_uri" not in log_format and "$args" not in log_format
    assert not re.search(r"^\s*proxy_cache\s", _location("/admin/"), re.M)
    assert re.search(r"^\s*proxy_cache clinic_pages;", _location("/"), re.M)
