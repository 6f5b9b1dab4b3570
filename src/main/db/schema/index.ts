export * from './patients';
export * from './form-drafts';
