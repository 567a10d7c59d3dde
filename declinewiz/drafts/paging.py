"""Pages of a list, found without counting the whole list.

Django's Paginator counts every row to number the pages. For a person with thousands of
drafts that count cost as much as the rest of the page; asking for one row more than a page
holds tells whether a next page exists, so a page costs the same however long the list is.
"""

from dataclasses import dataclass

# Far beyond any real list; keeps the offset a number every database accepts.
LAST_PAGE_ASKED = 1_000_000


@dataclass(frozen=True)
class Page:
    number: int
    object_list: list
    per_page: int
    has_next: bool

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_other_pages(self):
        return self.has_previous or self.has_next

    def next_page_number(self):
        return self.number + 1

    def previous_page_number(self):
        return self.number - 1

    @property
    def start_index(self):
        return (self.number - 1) * self.per_page + 1

    @property
    def end_index(self):
        return self.start_index + len(self.object_list) - 1


def page_of(queryset, number, *, per_page):
    """Page `number` of `queryset` (any text; page 1 unless it is a whole number from 1 on)."""
    try:
        number = min(max(int(number), 1), LAST_PAGE_ASKED)
    except (TypeError, ValueError):
        number = 1
    offset = (number - 1) * per_page
    rows = list(queryset[offset : offset + per_page + 1])
    return Page(number, rows[:per_page], per_page, has_next=len(rows) > per_page)
