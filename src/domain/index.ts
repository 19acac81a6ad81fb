export * from './api';
export * from './completeness';
export * from './limits';
export * from './operations';
export * from './steps';
export * from './strategy';
export * from './taxonomy';
export * from './traceability';
