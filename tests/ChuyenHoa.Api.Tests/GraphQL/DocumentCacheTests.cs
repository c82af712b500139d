using ChuyenHoa.Api.GraphQL.Execution;
using GraphQLParser;

namespace ChuyenHoa.Api.Tests.GraphQL;

public sealed class DocumentCacheTests
{
    [Fact]
    public void However_many_documents_are_added_the_cache_holds_no_more_bytes_than_its_bound()
    {
        const long bound = 64 * 1024;
        var cache = new DocumentCache(bound);

        for (var i = 0; i < 2_000; i++)
        {
            var text = $"{{ commune(code: \"{i:D5}\") {{ code name district {{ name }} }} }}";
            cache.Add(text, Parser.Parse(text), DocumentCache.EstimateBytes(text, DocumentShape.CountTokens(text, int.MaxValue - 1)!.Value));
            Assert.InRange(cache.Bytes, 1, bound);
        }

        Assert.InRange(cache.Count, 1, 1_999);
    }

    [Fact]
    public void A_document_larger_than_the_bound_is_not_kept_and_what_is_kept_is_found_by_its_text()
    {
        var cache = new DocumentCache(10_000);
        var small = "{ me { userId } }";
        var large = "{ " + string.Concat(Enumerable.Range(0, 500).Select(i => $"a{i}: __typename ")) + "}";

        cache.Add(small, Parser.Parse(small), DocumentCache.EstimateBytes(small, 6));
        cache.Add(large, Parser.Parse(large), DocumentCache.EstimateBytes(large, 1_502));

        Assert.True(cache.TryGet(small, out var found));
        Assert.Equal(small, found.Source.ToString());
        Assert.False(cache.TryGet(large, out _));
        Assert.Equal(DocumentCache.EstimateBytes(small, 6), cache.Bytes);
    }
}
