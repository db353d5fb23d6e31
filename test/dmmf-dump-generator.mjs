// A Prisma generator that writes the schema's full DMMF datamodel as JSON to its `output` path.
// Prisma talks to generators in JSON-RPC: requests on stdin, one response per line on stderr.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

createInterface({ input: process.stdin }).on('line', (line) => {
  const request = JSON.parse(line);
  const respond = (result) => process.stderr.write(`${JSON.stringify({ jsonrpc: '2.0', id: request.id, result })}\n`);
  if (request.method === 'getManifest') {
    respond({ manifest: { prettyName: 'DMMF dump', requiresEngines: [] } });
  } else if (request.method === 'generate') {
    writeFileSync(request.params.generator.output.value, JSON.stringify(request.params.dmmf.datamodel));
    respond(null);
  }
});
