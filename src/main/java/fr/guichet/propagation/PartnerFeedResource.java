package fr.guichet.propagation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;

import fr.guichet.platform.security.Roles;
import fr.guichet.platform.stream.Ndjson;

/** What a partner reads and reports: its feed, its flag snapshot, its acknowledgements. Only ever its own. */
@Path("/api/v1/partner")
@RolesAllowed(Roles.PARTNER)
public class PartnerFeedResource {

    private final PartnerAccess access;
    private final PartnerFeed feed;
    private final Ndjson ndjson;
    private final Acknowledgements acknowledgements;

    PartnerFeedResource(PartnerAccess access, PartnerFeed feed, Ndjson ndjson, Acknowledgements acknowledgements) {
        this.access = access;
        this.feed = feed;
        this.ndjson = ndjson;
        this.acknowledgements = acknowledgements;
    }

    @GET
    @Path("feed")
    @Produces(MediaType.APPLICATION_JSON)
    public FeedPage page(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        return feed.page(access.callingPartner(), FeedCursor.parse(after), PartnerFeed.limit(limit));
    }

    /** Everything after the cursor, in constant memory; {@code limit} does not apply. */
    @GET
    @Path("feed")
    @Produces(Ndjson.MEDIA_TYPE)
    public StreamingOutput stream(@QueryParam("after") String after) {
        String partnerId = access.callingPartner();
        FeedCursor from = FeedCursor.parse(after);
        return out -> feed.stream(partnerId, from, line -> ndjson.line(out, line));
    }

    @GET
    @Path("flags")
    @Produces({ Ndjson.MEDIA_TYPE, FlagSnapshotWriter.CSV })
    public FlagSnapshot flags() {
        return new FlagSnapshot(access.callingPartner());
    }

    @POST
    @Path("acks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AckResult acknowledge(@Valid @NotNull AckInput body) {
        return acknowledgements.acknowledge(access.callingPartner(), body.eventIds());
    }
}
