export * from './matchmaking.rules.js';
