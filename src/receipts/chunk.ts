// Lazy chunk `consentry-receipts.js`: hashing and sending, kept out of the embed every visitor downloads.
export { startSender } from './sender'
