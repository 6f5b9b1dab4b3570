import type { MethodOutput } from '../../shared/ipc/contract';
import type { Services } from '../services';
import type { Handlers } from './router';

export type AppInfo = MethodOutput<'app.info'>;

/** Wires each contract method to its service call. */
export function createHandlers(services: Services, info: AppInfo): Handlers {
  return {
    'app.info': () => info,
    'patients.search': (input) => services.patients.search(input),
    'patients.get': ({ id }) => services.patients.get(id),
    'patients.create': ({ patient }) => services.patients.create(patient),
    'patients.update': ({ id, revision, patient }) =>
      services.patients.update(id, revision, patient),
    'drafts.get': ({ formKey }) => services.drafts.get(formKey),
    'drafts.save': ({ formKey, payload }) => services.drafts.save(formKey, payload),
    'drafts.discard': ({ formKey }) => {
      services.drafts.discard(formKey);
      return null;
    },
  };
}
