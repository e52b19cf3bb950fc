"""The portal demo (``cnbudget portal-demo``): the nightly flow run against the sample
portal, served on 127.0.0.1, with a registry written for it and each run reported."""
from __future__ import annotations

import os
from pathlib import Path

from cnbudget.harvest import dump_registry

from .portal import sample_portal


def run_portal_demo(data: str | os.PathLike = "data/portal-demo", runs: int = 2, workers: int = 1,
                    echo=print, port: int = 0) -> list[dict]:
    """Serve the sample portal on 127.0.0.1, write a registry for it, run the nightly flow
    ``runs`` times against it and report each run (the second one should fetch no bytes
    and extract nothing)."""
    # Imported here: importing the flows sets Prefect's environment, which the caller
    # (the CLI puts PREFECT_HOME under the data directory) must be able to set first.
    from cnbudget.flows.nightly import run_nightly
    from cnbudget.flows.report import summary_lines

    d = Path(data)
    results = []
    with sample_portal(d / "portal", port=port) as portal:
        registry = dump_registry([portal.source("sample-portal")], d / "sources.yaml")
        echo(f"sample portal on {portal.url('index.html')}; registry {registry}")
        for i in range(runs):
            portal.server.reset_log()
            r = run_nightly(registry, d, workers=workers)
            log = portal.server.requests()
            r["portal"] = {"requests": len(log), "bytes_sent": portal.server.bytes_sent(),
                           "status_200": sum(1 for x in log if x.status == 200),
                           "status_304": sum(1 for x in log if x.status == 304)}
            echo(f"--- run {i + 1}")
            for line in summary_lines(r):
                echo(line)
            echo(f"portal saw {r['portal']['requests']} request(s): {r['portal']['status_200']} answered 200, "
                 f"{r['portal']['status_304']} answered 304; {r['portal']['bytes_sent']} body bytes sent")
            results.append(r)
    if len(results) >= 2:
        a, b = results[0], results[1]
        echo(f"second run: flow {b['seconds']:.2f} s vs {a['seconds']:.2f} s "
             f"({100 * b['seconds'] / max(a['seconds'], 1e-9):.0f}%); Parquet in {d / 'parquet'}/")
    return results
