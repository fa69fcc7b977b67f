package fr.guichet.catalog;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.guichet.platform.web.Cursor;
import fr.guichet.platform.web.Page;
import fr.guichet.platform.web.PageRequest;

/** Keyset pagination of catalogue lists in (name, id) order, served by the (name, id) indexes. */
final class ByName {

    private ByName() {
    }

    /**
     * One page of entities of {@code type}; {@code fetch} adds join fetches (e.g. the controller of a processing)
     * so that building the views needs no further query.
     */
    static <E, V> Page<V> page(EntityManager em, Class<E> type, String fetch, PageRequest request,
            Function<String, Object> parseId, Function<E, String> nameOf, Function<E, Object> idOf, Function<E, V> view) {
        String entity = type.getSimpleName();
        String where = request.after().isPresent() ? " where e.name > :name or (e.name = :name and e.id > :id)" : "";
        TypedQuery<E> query = em.createQuery("select e from " + entity + " e " + fetch + where + " order by e.name, e.id",
                type);
        request.after().ifPresent(keys -> query.setParameter("name", keys.get(0)).setParameter("id", id(parseId, keys.get(1))));
        List<E> rows = query.setMaxResults(request.limit() + 1).getResultList();
        return Page.of(rows, request.limit(), view, e -> Cursor.encode(nameOf.apply(e), idOf.apply(e).toString()));
    }

    private static Object id(Function<String, Object> parseId, String key) {
        try {
            return parseId.apply(key);
        } catch (IllegalArgumentException e) {
            throw new Cursor.InvalidCursorException();
        }
    }
}
