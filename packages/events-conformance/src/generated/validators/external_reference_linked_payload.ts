// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const validate = validate20;
const schema31 = {"$comment":"Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.","$id":"spec-kitty-events/external_reference_linked_payload","$schema":"https://json-schema.org/draft/2020-12/schema","description":"Payload for ExternalReferenceLinked events.","properties":{"connector_id":{"minLength":1,"title":"Connector Id","type":"string"},"external_provider":{"minLength":1,"title":"External Provider","type":"string"},"external_ref_id":{"minLength":1,"title":"External Ref Id","type":"string"},"external_ref_type":{"minLength":1,"title":"External Ref Type","type":"string"},"external_ref_url":{"format":"uri","minLength":1,"title":"External Ref Url","type":"string"},"internal_aggregate_id":{"minLength":1,"title":"Internal Aggregate Id","type":"string"},"internal_aggregate_type":{"minLength":1,"title":"Internal Aggregate Type","type":"string"},"link_id":{"minLength":1,"title":"Link Id","type":"string"},"linked_by":{"minLength":1,"title":"Linked By","type":"string"},"mission_id":{"minLength":1,"title":"Mission Id","type":"string"},"recorded_at":{"format":"date-time","title":"Recorded At","type":"string"}},"required":["link_id","connector_id","external_provider","external_ref_type","external_ref_id","external_ref_url","internal_aggregate_type","internal_aggregate_id","mission_id","linked_by","recorded_at"],"title":"ExternalReferenceLinkedPayload","type":"object"};
const func0 = Object.prototype.hasOwnProperty;
const func76 = require("ajv/dist/runtime/ucs2length").default;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="spec-kitty-events/external_reference_linked_payload" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if((data.link_id === undefined) || (!(func0.call(data, "link_id")))){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "link_id"},message:"must have required property '"+"link_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((data.connector_id === undefined) || (!(func0.call(data, "connector_id")))){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "connector_id"},message:"must have required property '"+"connector_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((data.external_provider === undefined) || (!(func0.call(data, "external_provider")))){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_provider"},message:"must have required property '"+"external_provider"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((data.external_ref_type === undefined) || (!(func0.call(data, "external_ref_type")))){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_ref_type"},message:"must have required property '"+"external_ref_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((data.external_ref_id === undefined) || (!(func0.call(data, "external_ref_id")))){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_ref_id"},message:"must have required property '"+"external_ref_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((data.external_ref_url === undefined) || (!(func0.call(data, "external_ref_url")))){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "external_ref_url"},message:"must have required property '"+"external_ref_url"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((data.internal_aggregate_type === undefined) || (!(func0.call(data, "internal_aggregate_type")))){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "internal_aggregate_type"},message:"must have required property '"+"internal_aggregate_type"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((data.internal_aggregate_id === undefined) || (!(func0.call(data, "internal_aggregate_id")))){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "internal_aggregate_id"},message:"must have required property '"+"internal_aggregate_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((data.mission_id === undefined) || (!(func0.call(data, "mission_id")))){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mission_id"},message:"must have required property '"+"mission_id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((data.linked_by === undefined) || (!(func0.call(data, "linked_by")))){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "linked_by"},message:"must have required property '"+"linked_by"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((data.recorded_at === undefined) || (!(func0.call(data, "recorded_at")))){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recorded_at"},message:"must have required property '"+"recorded_at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.connector_id !== undefined && func0.call(data, "connector_id")){
let data0 = data.connector_id;
if(typeof data0 === "string"){
if(func76(data0) < 1){
const err11 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/connector_id",schemaPath:"#/properties/connector_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.connector_id.type,parentSchema:schema31.properties.connector_id,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.external_provider !== undefined && func0.call(data, "external_provider")){
let data1 = data.external_provider;
if(typeof data1 === "string"){
if(func76(data1) < 1){
const err13 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.external_provider,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/external_provider",schemaPath:"#/properties/external_provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.external_provider.type,parentSchema:schema31.properties.external_provider,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.external_ref_id !== undefined && func0.call(data, "external_ref_id")){
let data2 = data.external_ref_id;
if(typeof data2 === "string"){
if(func76(data2) < 1){
const err15 = {instancePath:instancePath+"/external_ref_id",schemaPath:"#/properties/external_ref_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.external_ref_id,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/external_ref_id",schemaPath:"#/properties/external_ref_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.external_ref_id.type,parentSchema:schema31.properties.external_ref_id,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.external_ref_type !== undefined && func0.call(data, "external_ref_type")){
let data3 = data.external_ref_type;
if(typeof data3 === "string"){
if(func76(data3) < 1){
const err17 = {instancePath:instancePath+"/external_ref_type",schemaPath:"#/properties/external_ref_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.external_ref_type,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/external_ref_type",schemaPath:"#/properties/external_ref_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.external_ref_type.type,parentSchema:schema31.properties.external_ref_type,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.external_ref_url !== undefined && func0.call(data, "external_ref_url")){
let data4 = data.external_ref_url;
if(typeof data4 === "string"){
if(func76(data4) < 1){
const err19 = {instancePath:instancePath+"/external_ref_url",schemaPath:"#/properties/external_ref_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.external_ref_url,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/external_ref_url",schemaPath:"#/properties/external_ref_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.external_ref_url.type,parentSchema:schema31.properties.external_ref_url,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.internal_aggregate_id !== undefined && func0.call(data, "internal_aggregate_id")){
let data5 = data.internal_aggregate_id;
if(typeof data5 === "string"){
if(func76(data5) < 1){
const err21 = {instancePath:instancePath+"/internal_aggregate_id",schemaPath:"#/properties/internal_aggregate_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.internal_aggregate_id,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/internal_aggregate_id",schemaPath:"#/properties/internal_aggregate_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.internal_aggregate_id.type,parentSchema:schema31.properties.internal_aggregate_id,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.internal_aggregate_type !== undefined && func0.call(data, "internal_aggregate_type")){
let data6 = data.internal_aggregate_type;
if(typeof data6 === "string"){
if(func76(data6) < 1){
const err23 = {instancePath:instancePath+"/internal_aggregate_type",schemaPath:"#/properties/internal_aggregate_type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.internal_aggregate_type,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/internal_aggregate_type",schemaPath:"#/properties/internal_aggregate_type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.internal_aggregate_type.type,parentSchema:schema31.properties.internal_aggregate_type,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.link_id !== undefined && func0.call(data, "link_id")){
let data7 = data.link_id;
if(typeof data7 === "string"){
if(func76(data7) < 1){
const err25 = {instancePath:instancePath+"/link_id",schemaPath:"#/properties/link_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.link_id,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/link_id",schemaPath:"#/properties/link_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.link_id.type,parentSchema:schema31.properties.link_id,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.linked_by !== undefined && func0.call(data, "linked_by")){
let data8 = data.linked_by;
if(typeof data8 === "string"){
if(func76(data8) < 1){
const err27 = {instancePath:instancePath+"/linked_by",schemaPath:"#/properties/linked_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.linked_by,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/linked_by",schemaPath:"#/properties/linked_by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.linked_by.type,parentSchema:schema31.properties.linked_by,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.mission_id !== undefined && func0.call(data, "mission_id")){
let data9 = data.mission_id;
if(typeof data9 === "string"){
if(func76(data9) < 1){
const err29 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.mission_id,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/mission_id",schemaPath:"#/properties/mission_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.mission_id.type,parentSchema:schema31.properties.mission_id,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.recorded_at !== undefined && func0.call(data, "recorded_at")){
let data10 = data.recorded_at;
if(!(typeof data10 === "string")){
const err31 = {instancePath:instancePath+"/recorded_at",schemaPath:"#/properties/recorded_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.recorded_at.type,parentSchema:schema31.properties.recorded_at,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":{"connector_id":true,"external_provider":true,"external_ref_id":true,"external_ref_type":true,"external_ref_url":true,"internal_aggregate_id":true,"internal_aggregate_type":true,"link_id":true,"linked_by":true,"mission_id":true,"recorded_at":true},"dynamicProps":false,"dynamicItems":false};
