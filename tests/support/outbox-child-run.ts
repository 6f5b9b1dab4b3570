import { createServices, NO_SYSTEM_PORTS } from '../../src/main/services';
import { derivedSecretBox } from '../../src/main/system/headless/derived-secret-box';
import { openTestDatabase } from './temp-database';

/** Opens the test's database (folder and key from the environment) and sends what is due. */
async function sendDue(): Promise<void> {
  const folder = process.env['STRIDE_TEST_FOLDER']!;
  const key = Buffer.from(process.env['STRIDE_TEST_KEY']!, 'hex');
  const connection = await openTestDatabase(folder, key);
  const services = createServices(connection.db, {
    ...NO_SYSTEM_PORTS,
    secrets: derivedSecretBox(key),
  });
  process.send?.('sending');
  await services.outbox.sendDueNow();
  connection.close();
}

void sendDue();
