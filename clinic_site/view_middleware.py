"""A middleware that steps in around a few named views only (the CMS's admin views, mostly).

Several of ours add a step to a view the CMS owns: ask before an unpublish, render a draft in its
own language, keep reviewers out of the editing views, leave copied alt text for the translator.
Each says which views it is for (``url_names``, or ``applies_to`` for a test on the resolver match)
and, if need be, which methods; ``around_view`` runs only for those and may call the view itself.
"""


class AroundNamedViews:
    url_names = frozenset()
    methods = None  # e.g. {"POST"}; None: every method

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def applies_to(self, match):
        return match.url_name in self.url_names

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or (self.methods and request.method not in self.methods) or not self.applies_to(match):
            return None
        return self.around_view(request, view_func, view_args, view_kwargs)

    def around_view(self, request, view_func, view_args, view_kwargs):
        """A response instead of the view's, or None to let the view run as usual."""
        raise NotImplementedError
