// `npm run test:e2e`: runs the end-to-end suite (test/e2e/run.mjs) when it exists.
// Until the app's browser suite lands, say so loudly instead of silently passing.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const suite = new URL('../test/e2e/run.mjs', import.meta.url)
if (!existsSync(suite)) {
  console.log('test:e2e — no end-to-end suite exists yet (test/e2e/run.mjs is missing); nothing to run.')
  process.exit(0)
}
const result = spawnSync(process.execPath, [suite.pathname, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(result.status ?? 1)
