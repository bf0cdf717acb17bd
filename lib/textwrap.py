"""Text wrapping and filling: krait's own textwrap module.

TextWrapper splits text into chunks (words, whitespace runs, and with
break_on_hyphens the pieces of hyphenated words) and fills lines greedily,
as CPython's Lib/textwrap.py does; the chunker is a hand-written scanner
instead of CPython's regular expression.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


class TextWrapper:
    unicode_whitespace_trans = {ord(c): ' ' for c in _whitespace}

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                word = text[i:j]
                if self.break_on_hyphens:
                    chunks.extend(_split_hyphens(word))
                else:
                    chunks.append(word)
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == ' ' and len(c) >= 2 and c[-2].islower() and c[-1] in '.!?' or \
                    chunks[i + 1] == ' ' and len(c) >= 3 and c[-3].islower() and c[-2] in '.!?' and c[-1] in '"\'':
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def _is_letter(c):
    return c.isalpha() or (c.isalnum() and not c.isdigit() and c != '_') if c else False


def _is_wp(c):
    return c.isalnum() or c == '_' or c in '!"\'&.,?'


def _dash_run(word, k):
    """End of a run of 2+ hyphens at k that is followed by a word character, else -1."""
    q = k
    while q < len(word) and word[q] == '-':
        q += 1
    if q - k >= 2 and q < len(word) and (word[q].isalnum() or word[q] == '_'):
        return q
    return -1


def _split_hyphens(word):
    # The chunks of one non-blank run, as CPython's TextWrapper.wordsep_re finds
    # them: break after a hyphen with two letters before it (or letter-letter-)
    # and letter[-]letter after it, and around em-dashes ("--") between words.
    out = []
    p = 0
    n = len(word)
    L = _is_letter
    while p < n:
        if p > 0 and _is_wp(word[p - 1]):
            q = _dash_run(word, p)
            if q >= 0:
                out.append(word[p:q])
                p = q
                continue
        k = p + 1
        while True:
            if k >= n:
                out.append(word[p:])
                p = n
                break
            if word[k] == '-' and k + 1 < n and (
                    (k >= 2 and L(word[k - 2]) and L(word[k - 1]))
                    or (k >= 3 and L(word[k - 3]) and word[k - 2] == '-' and L(word[k - 1]))) and \
                    L(word[k + 1]) and (k + 2 < n and (L(word[k + 2]) or (word[k + 2] == '-' and k + 3 < n and L(word[k + 3])))):
                out.append(word[p:k + 1])
                p = k + 1
                break
            if _is_wp(word[k - 1]) and _dash_run(word, k) >= 0:
                out.append(word[p:k])
                p = k
                break
            k += 1
    return out


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in text."""
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('' if line.strip(' \t') == '' and line.lstrip(' \t') == '' else line)
        else:
            out.append(line[len(margin):] if margin else line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of selected lines in text."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
