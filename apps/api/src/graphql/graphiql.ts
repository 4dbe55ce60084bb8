import { createRequire } from "node:module";
import path from "node:path";
import express from "express";

// GraphiQL is served from installed packages (graphiql 3 UMD with its React 18 UMD builds): no CDN, works offline.
const require = createRequire(import.meta.url);
const fileIn = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const ASSETS: Record<string, string> = {
  "react.js": fileIn("react", "umd/react.production.min.js"),
  "react-dom.js": fileIn("react-dom", "umd/react-dom.production.min.js"),
  "graphiql.js": fileIn("graphiql", "graphiql.min.js"),
  "graphiql.css": fileIn("graphiql", "graphiql.min.css"),
};

export function graphiqlAssets(): express.Router {
  const router = express.Router();
  router.get("/:file", (req, res) => {
    const path = ASSETS[req.params.file];
    if (!path) {
      res.status(404).end();
      return;
    }
    res.setHeader("Cache-Control", "public, max-age=86400");
    res.sendFile(path);
  });
  return router;
}

const DEFAULT_QUERY = `# 1. Sign in (demo: owner / demo1234) and copy accessToken.
# 2. Put {"Authorization": "Bearer <accessToken>"} in the Headers tab below.
mutation SignIn {
  staffLogin(input: { username: "owner", password: "demo1234" }) {
    accessToken
    expiresAt
  }
}

query Products {
  products(first: 5) {
    totalCount
    edges { node { id name status variants { sku name basePrice barcodes { code } } } }
  }
}
`;

export function graphiqlHtml(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>O2O Commerce API · GraphiQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.js"></script>
  <script src="/graphiql/react-dom.js"></script>
  <script src="/graphiql/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
        defaultHeaders: '{"Authorization": "Bearer "}',
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: true,
      }),
    );
  </script>
</body>
</html>`;
}
