"""A local HTTP server that plays back recorded CBS OData responses (tests/fixtures/cbs_odata).

It answers only the requests that were recorded: the part list, each part, and the TypedDataSet for
the recorded `$filter` in its two pages. `$select` is applied to the recorded rows, as the real
feed does. Anything else gets 404, so a change in what the client asks fails the test loudly.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cbs_odata"
RECORDED_FILTER = (
    "startswith(WijkenEnBuurten,'GM0518') or startswith(WijkenEnBuurten,'WK0518') "
    "or startswith(WijkenEnBuurten,'BU0518')"
)


class Playback(BaseHTTPRequestHandler):
    server: "PlaybackServer"

    def do_GET(self):
        url = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        self.server.requests.append((url.path, query))
        parts = url.path.strip("/").split("/")
        if parts[:2] != ["ODataFeed", "odata"] or len(parts) not in (3, 4):
            return self._send(404, {"error": f"not recorded: {url.path}"})
        table, name = parts[2], (parts[3] if len(parts) == 4 else "root")
        folder = FIXTURES / table
        if name == "TypedDataSet":
            if query.get("$filter") != RECORDED_FILTER:
                return self._send(404, {"error": f"filter not recorded: {query.get('$filter')}"})
            name = "TypedDataSet-page2" if query.get("$skip") == "100" else "TypedDataSet-page1"
        path = folder / f"{name}.json"
        if not path.is_file():
            return self._send(404, {"error": f"not recorded: {url.path}"})
        base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        body = json.loads(path.read_text().replace("{base}", base))
        if "$select" in query:
            keep = query["$select"].split(",")
            body["value"] = [{key: row.get(key) for key in keep} for row in body["value"]]
        return self._send(200, body)

    def _send(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # quiet
        pass


class PlaybackServer(ThreadingHTTPServer):
    def __init__(self):
        super().__init__(("127.0.0.1", 0), Playback)
        self.requests: list[tuple[str, dict]] = []

    @property
    def catalog_url(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"

    def __enter__(self):
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()
