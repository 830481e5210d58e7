"""Analysts' review: ``log`` keeps decisions and every edit in the store (who, when, old -> new,
why); ``overlay`` lays them over the parser's facts, which are never overwritten."""
