export * from './matchmaking.module.js';
export * from './matchmaking.rules.js';
