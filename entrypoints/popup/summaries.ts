import { sendMessage } from '@/lib/messages';
import { createSummaries } from '@/lib/summary-requests';

/** This page's summaries, all made by the background (popup, reader tab and overlay alike). */
export const summaries = createSummaries((request) => sendMessage('summarize', request));
