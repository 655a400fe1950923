/**
 * G-SemCom's MASP-side semantic encoder (Algorithm 1): binarisation (eq. (8)), semantic importance
 * (eqs. (9)–(12)), grid-indexed DBSCAN (eq. (13)) and packing (eq. (14)).
 */
package io.aigcnet.semcom.encode;
