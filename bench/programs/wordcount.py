"""Word count: generate a text from a small grammar with a deterministic
pseudo-random generator, then tokenize it with string methods and count
words, word pairs and letter frequencies in dicts; report the most
common entries.
Exercises str methods (split, lower, strip, join), dicts with str and
tuple keys, dict.get / setdefault, sorting with key functions.
"""
import sys

DEFAULT_SIZE = 40

NOUNS = ("cat", "dog", "river", "mountain", "engine", "garden", "teacher", "storm",
         "window", "letter", "machine", "forest", "city", "question", "answer", "Python")
VERBS = ("sees", "follows", "builds", "paints", "finds", "breaks", "carries", "answers",
         "watches", "opens")
ADJECTIVES = ("old", "quick", "silent", "red", "broken", "tiny", "enormous", "curious",
              "golden", "quiet")
ARTICLES = ("the", "a", "every", "that", "some")
PUNCT = ".,;:!?\"'()"


class Random:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def choice(self, seq):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return seq[(self.state >> 8) % len(seq)]

    def chance(self, percent):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % 100 < percent


def noun_phrase(rng):
    words = [rng.choice(ARTICLES)]
    while rng.chance(40):
        words.append(rng.choice(ADJECTIVES))
    words.append(rng.choice(NOUNS))
    return " ".join(words)


def sentence(rng):
    parts = [noun_phrase(rng), rng.choice(VERBS), noun_phrase(rng)]
    if rng.chance(30):
        parts.append("and " + rng.choice(VERBS) + " " + noun_phrase(rng))
    text = " ".join(parts)
    text = text[0].upper() + text[1:]
    if rng.chance(20):
        text = '"' + text + '"'
    return text + rng.choice(".!?.")


def generate_text(rng, sentences):
    lines = []
    line = []
    for _ in range(sentences):
        line.append(sentence(rng))
        if len(line) == 4:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, key, n=1):
        self.counts[key] = self.counts.get(key, 0) + n

    def most_common(self, k):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]

    def __len__(self):
        return len(self.counts)


def analyse(text):
    words = Counter()
    pairs = Counter()
    letters = Counter()
    by_length = {}
    for line in text.splitlines():
        previous = None
        for raw in line.split():
            word = raw.strip(PUNCT).lower()
            if not word:
                continue
            words.add(word)
            if previous is not None:
                pairs.add((previous, word))
            previous = word
            by_length.setdefault(len(word), set()).add(word)
            for ch in word:
                letters.add(ch)
    return words, pairs, letters, by_length


def main(loops):
    checksum = 0
    summary = ""
    for i in range(loops):
        text = generate_text(Random(i + 1), 2000)
        words, pairs, letters, by_length = analyse(text)
        top = words.most_common(5)
        top_pairs = pairs.most_common(3)
        for word, count in top:
            checksum = (checksum * 31 + count + len(word)) % 1000000007
        for (a, b), count in top_pairs:
            checksum = (checksum * 31 + count * len(a) + len(b)) % 1000000007
        for length in sorted(by_length):
            checksum = (checksum + length * len(by_length[length])) % 1000000007
        checksum = (checksum + len(pairs) + sum(letters.counts.values())) % 1000000007
        summary = "%s %s/%s" % (top[0][0], top_pairs[0][0][0], top_pairs[0][0][1])
    print("wordcount %d %d %s" % (loops, checksum, summary))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
