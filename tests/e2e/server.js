/** A tiny static file server on 127.0.0.1 (random free port) for the built pages. */
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".map": "application/json",
};

/** Resolves "/prefix/rest" to a file inside that mount's folder, or null (never outside it). */
function resolveFile(mounts, urlPath) {
  const parts = decodeURIComponent(urlPath).split("/").filter(Boolean);
  const root = mounts[parts[0]];
  if (!root) return null;
  const file = path.resolve(root, ...parts.slice(1));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/**
 * Serves each mount ({ testpage: "/abs/dist/testpage" }) under "/<name>/". Resolves to
 * { url, close() } once listening.
 */
function startServer(mounts) {
  const roots = Object.fromEntries(Object.entries(mounts).map(([name, dir]) => [name, path.resolve(dir)]));
  const server = http.createServer((request, response) => {
    let file = null;
    try {
      file = resolveFile(roots, new URL(request.url, "http://127.0.0.1").pathname);
    } catch {
      file = null; // malformed escape in the URL
    }
    fs.readFile(file || "", (error, body) => {
      if (!file || error) {
        response.writeHead(404, { "Content-Type": "text/plain" });
        response.end("Not found");
        return;
      }
      response.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "Cache-Control": "no-store",
      });
      response.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { startServer, resolveFile };
