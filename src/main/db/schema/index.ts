export * from './patients';
